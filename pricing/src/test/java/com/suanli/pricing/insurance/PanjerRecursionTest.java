package com.suanli.pricing.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.PascalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

class PanjerRecursionTest {

    private static final double TOLERANCE_MOMENT = 1e-9;
    private static final double TOLERANCE_PROBABILITY = 1e-12;
    private static final double[] SEVERITY = {0.1, 0.3, 0.4, 0.2};
    private static final int POINTS = 600;

    private static double severityMoment(int order) {
        double sum = 0.0;
        for (int j = 0; j < SEVERITY.length; j++) {
            sum += Math.pow(j, order) * SEVERITY[j];
        }
        return sum;
    }

    private static double[] moments(double[] aggregate) {
        double total = 0.0;
        double first = 0.0;
        double second = 0.0;
        for (int s = 0; s < aggregate.length; s++) {
            total += aggregate[s];
            first += s * aggregate[s];
            second += (double) s * s * aggregate[s];
        }
        return new double[] {total, first, second - first * first};
    }

    @Test
    void compound_poisson_has_mean_lambda_ex_and_variance_lambda_ex2() {
        double lambda = 3.0;
        double[] m = moments(PanjerRecursion.aggregate(PoissonFrequency.of(lambda), SEVERITY, POINTS));

        assertThat(m[0]).isCloseTo(1.0, within(TOLERANCE_MOMENT));
        assertThat(m[1]).isCloseTo(lambda * severityMoment(1), within(TOLERANCE_MOMENT));
        assertThat(m[2]).isCloseTo(lambda * severityMoment(2), within(TOLERANCE_MOMENT));
    }

    @Test
    void compound_negative_binomial_has_the_textbook_mean_and_variance() {
        NegativeBinomialFrequency count = NegativeBinomialFrequency.of(2.5, 1.2);
        double[] m = moments(PanjerRecursion.aggregate(count, SEVERITY, POINTS));

        double ex = severityMoment(1);
        double varX = severityMoment(2) - ex * ex;
        assertThat(m[0]).isCloseTo(1.0, within(TOLERANCE_MOMENT));
        assertThat(m[1]).isCloseTo(count.mean() * ex, within(TOLERANCE_MOMENT));
        assertThat(m[2]).isCloseTo(count.mean() * varX + count.variance() * ex * ex, within(TOLERANCE_MOMENT));
    }

    @Test
    void unit_severity_gives_back_the_count_distribution() {
        double[] unit = {0.0, 1.0};
        double[] poisson = PanjerRecursion.aggregate(PoissonFrequency.of(4.2), unit, 40);
        double[] negativeBinomial = PanjerRecursion.aggregate(NegativeBinomialFrequency.of(3.0, 0.8), unit, 40);

        PoissonDistribution poissonOracle = new PoissonDistribution(4.2);
        PascalDistribution pascalOracle = new PascalDistribution(3, 1.0 / 1.8);
        for (int k = 0; k < 40; k++) {
            assertThat(poisson[k]).isCloseTo(poissonOracle.probability(k), within(TOLERANCE_PROBABILITY));
            assertThat(negativeBinomial[k]).isCloseTo(pascalOracle.probability(k), within(TOLERANCE_PROBABILITY));
        }
    }

    @Test
    void rejects_a_count_so_large_that_no_loss_underflows() {
        assertThatThrownBy(() -> PanjerRecursion.aggregate(PoissonFrequency.of(2000.0), SEVERITY, POINTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frequency")
                .hasMessageContaining("Monte Carlo");
    }
}
