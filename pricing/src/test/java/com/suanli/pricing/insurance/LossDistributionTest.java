package com.suanli.pricing.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class LossDistributionTest {

    private static final double TOLERANCE = 1e-12;

    /** No claim with probability 0.9, a claim of 100 with probability 0.1. */
    private static final LossDistribution ONE_CLAIM = LossDistribution.ofAtoms(
            new double[] {100.0, 0.0}, new double[] {0.1, 0.9});

    @Test
    void two_point_loss_has_the_textbook_moments() {
        assertThat(ONE_CLAIM.mean()).isCloseTo(10.0, within(TOLERANCE));
        assertThat(ONE_CLAIM.standardDeviation()).isCloseTo(30.0, within(TOLERANCE));
        assertThat(ONE_CLAIM.exceedanceProbability(50.0)).isCloseTo(0.1, within(TOLERANCE));
        assertThat(ONE_CLAIM.maximum()).isEqualTo(100.0);
    }

    @Test
    void var_and_tvar_handle_an_atom_straddling_the_confidence() {
        assertThat(ONE_CLAIM.valueAtRisk(0.9)).isZero();
        assertThat(ONE_CLAIM.valueAtRisk(0.95)).isEqualTo(100.0);
        assertThat(ONE_CLAIM.tailValueAtRisk(0.95)).isCloseTo(100.0, within(TOLERANCE));
        // VaR 0 at 85 %: TVaR = 0 + E[X] / 0.15.
        assertThat(ONE_CLAIM.tailValueAtRisk(0.85)).isCloseTo(10.0 / 0.15, within(1e-9));
    }

    @Test
    void wang_premium_of_a_two_point_loss_distorts_the_claim_probability() {
        NormalDistribution normal = new NormalDistribution();
        double lambda = 0.3;

        double expected = 100.0 * normal.cumulativeProbability(normal.inverseCumulativeProbability(0.1) + lambda);

        assertThat(WangTransform.of(lambda).premium(ONE_CLAIM)).isCloseTo(expected, within(1e-9));
        assertThat(WangTransform.of(0.0).premium(ONE_CLAIM)).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void sample_of_repeated_values_is_merged_into_atoms() {
        LossDistribution sample = LossDistribution.ofSample(new double[] {5.0, 0.0, 5.0, 0.0});

        assertThat(sample.mean()).isCloseTo(2.5, within(TOLERANCE));
        assertThat(sample.valueAtRisk(0.5)).isZero();
        assertThat(sample.valueAtRisk(0.51)).isEqualTo(5.0);
    }

    @Test
    void bad_atoms_are_refused_naming_the_field() {
        assertThatThrownBy(() -> LossDistribution.ofAtoms(new double[] {1.0}, new double[] {0.5}))
                .hasMessageContaining("probabilities");
        assertThatThrownBy(() -> LossDistribution.ofAtoms(new double[] {-1.0}, new double[] {1.0}))
                .hasMessageContaining("values[0]");
        assertThatThrownBy(() -> ONE_CLAIM.valueAtRisk(1.0)).hasMessageContaining("confidence");
    }
}
