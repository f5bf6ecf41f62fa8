package com.suanli.pricing.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
}
