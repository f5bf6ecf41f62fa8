package com.suanli.pricing.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class StandardNormalTest {

    private static final double TOLERANCE_CDF = 1e-14;
    private static final double TOLERANCE_QUANTILE = 1e-9;
    private static final NormalDistribution ORACLE = new NormalDistribution(null, 0.0, 1.0);

    @Test
    void cdf_agrees_with_commons_math_across_the_real_line() {
        for (double x = -40.0; x <= 40.0; x += 0.001) {
            assertThat(StandardNormal.cdf(x)).as("N(%s)", x).isCloseTo(ORACLE.cumulativeProbability(x), within(TOLERANCE_CDF));
        }
    }

    @Test
    void cdf_is_symmetric_and_half_at_zero() {
        assertThat(StandardNormal.cdf(0.0)).isCloseTo(0.5, within(TOLERANCE_CDF));
        assertThat(StandardNormal.cdf(1.3) + StandardNormal.cdf(-1.3)).isCloseTo(1.0, within(TOLERANCE_CDF));
    }

    @Test
    void pdf_agrees_with_commons_math() {
        for (double x = -8.0; x <= 8.0; x += 0.01) {
            assertThat(StandardNormal.pdf(x)).isCloseTo(ORACLE.density(x), within(TOLERANCE_CDF));
        }
    }

    @Test
    void quantile_inverts_the_distribution_function() {
        for (double p : new double[] {1e-6, 0.01, 0.3, 0.5, 0.975, 1 - 1e-6}) {
            assertThat(StandardNormal.cdf(StandardNormal.inverseCdf(p))).isCloseTo(p, within(TOLERANCE_QUANTILE));
        }
    }

    @Test
    void quantile_rejects_probabilities_outside_the_open_unit_interval() {
        assertThatThrownBy(() -> StandardNormal.inverseCdf(1.0)).hasMessageContaining("p:");
    }
}
