package com.suanli.pricing.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class RandomStreamTest {

    private static final int DRAWS = 200_000;

    @Test
    void same_seed_gives_the_same_draws() {
        RandomStream a = RandomStream.seeded(42);
        RandomStream b = RandomStream.seeded(42);
        for (int i = 0; i < 1000; i++) {
            assertThat(a.nextGaussian()).isEqualTo(b.nextGaussian());
            assertThat(a.nextPoisson(0.03)).isEqualTo(b.nextPoisson(0.03));
        }
    }

    @Test
    void poisson_counts_have_the_requested_mean_and_variance() {
        RandomStream stream = RandomStream.seeded(7);
        for (double mean : new double[] {0.05, 2.5, 45.0}) {
            double sum = 0.0;
            double sumSq = 0.0;
            for (int i = 0; i < DRAWS; i++) {
                int k = stream.nextPoisson(mean);
                sum += k;
                sumSq += (double) k * k;
            }
            double sampleMean = sum / DRAWS;
            double sampleVar = sumSq / DRAWS - sampleMean * sampleMean;
            double standardError = Math.sqrt(mean / DRAWS);
            assertThat(sampleMean).as("mean for %s", mean).isCloseTo(mean, within(4 * standardError));
            assertThat(sampleVar).as("variance for %s", mean).isCloseTo(mean, within(0.05 * mean + 4 * standardError));
        }
    }

    @Test
    void bulk_normals_pass_a_kolmogorov_smirnov_test_and_have_unit_moments() {
        RandomStream stream = RandomStream.seeded(11);
        double[] draws = new double[DRAWS];
        double[] buffer = new double[31];
        for (int i = 0; i < DRAWS; i += buffer.length) {
            stream.nextGaussians(buffer);
            System.arraycopy(buffer, 0, draws, i, Math.min(buffer.length, DRAWS - i));
        }
        double pValue = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(null, 0, 1), draws);
        assertThat(pValue).isGreaterThan(0.01);
        double sum = 0.0;
        double sumSq = 0.0;
        for (double x : draws) {
            sum += x;
            sumSq += x * x;
        }
        assertThat(sum / DRAWS).isCloseTo(0.0, within(4 / Math.sqrt(DRAWS)));
        assertThat(sumSq / DRAWS).isCloseTo(1.0, within(4 * Math.sqrt(2.0 / DRAWS)));
    }
}
