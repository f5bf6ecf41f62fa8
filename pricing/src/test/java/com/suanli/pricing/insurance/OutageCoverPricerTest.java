package com.suanli.pricing.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OutageCoverPricerTest {

    /** Lattice error on the mean (the discretisation preserves each event's mean). */
    private static final double TOLERANCE_LATTICE_RELATIVE = 1e-4;
    /** Two layers on different lattices: the attachment falls between lattice points of the excess layer. */
    private static final double TOLERANCE_LAYERS_RELATIVE = 1e-3;
    /** Lattice error on the standard deviation (spreading mass over two points adds variance). */
    private static final double TOLERANCE_LATTICE_SD_RELATIVE = 2e-3;
    private static final double TOLERANCE_IDENTITY_RELATIVE = 1e-8;
    /** Tail mass beyond the lattice, reported rather than hidden, for a heavy (cv 1.5) severity. */
    private static final double TOLERANCE_TRUNCATED_MASS = 1e-5;
    private static final double STANDARD_ERRORS = 3.0;
    private static final int PATHS = 100_000;
    private static final long SEED = 20260527L;

    private static final LostHoursSeverity LOST_HOURS = LostHoursSeverity.of(400.0, 1.5);
    private static final double SPOT_CNY = 16.0;
    private static final RiskLoading LOADING = RiskLoading.of(0.5, 0.25, 0.99);

    private static OutageRisk poissonRisk(double tightnessBeta) {
        return new OutageRisk(PoissonFrequency.of(1.8), 30, LOST_HOURS, SPOT_CNY, tightnessBeta, 0.0);
    }

    private static OutageRisk negativeBinomialRisk(double correlation) {
        return new OutageRisk(NegativeBinomialFrequency.of(1.5, 1.2), 30, LOST_HOURS, SPOT_CNY, 1.0, correlation);
    }

    private static final OutageCover QUARTER = OutageCover.unlimited(90);
    private static final OutageCover LAYERED = QUARTER.withPerEvent(2_000.0, 30_000.0).withAggregate(5_000.0, 80_000.0);

    @Test
    void unlimited_poisson_cover_without_tightness_has_the_compound_poisson_moments() {
        OutageRisk risk = poissonRisk(0.0);
        double lambda = 1.8 * 3;

        OutageCoverMeasures measures = OutageCoverPricer.DEFAULT.measures(QUARTER, risk, LOADING);

        double expected = lambda * SPOT_CNY * LOST_HOURS.meanGpuHours();
        double variance = lambda * SPOT_CNY * SPOT_CNY * LOST_HOURS.secondMoment();
        assertThat(measures.expectedLoss()).isCloseTo(expected, within(expected * TOLERANCE_LATTICE_RELATIVE));
        assertThat(measures.standardDeviation())
                .isCloseTo(Math.sqrt(variance), within(Math.sqrt(variance) * TOLERANCE_LATTICE_SD_RELATIVE));
        assertThat(measures.truncatedMass()).isLessThan(TOLERANCE_TRUNCATED_MASS);
    }

    @Test
    void panjer_agrees_with_monte_carlo_for_poisson_negative_binomial_and_correlated_tightness() {
        OutageRisk[] risks = {poissonRisk(1.0), negativeBinomialRisk(0.0), negativeBinomialRisk(0.6)};
        for (OutageRisk risk : risks) {
            for (OutageCover cover : new OutageCover[] {QUARTER, LAYERED}) {
                OutageCoverMeasures panjer = OutageCoverPricer.DEFAULT.measures(cover, risk, LOADING);
                OutageCoverMeasures monteCarlo = OutageCoverSimulator.DEFAULT.measures(cover, risk, LOADING, PATHS, SEED);

                assertThat(panjer.expectedLoss())
                        .as("expected loss of %s under %s", cover, risk)
                        .isCloseTo(monteCarlo.expectedLoss(), within(STANDARD_ERRORS * monteCarlo.standardError()));
            }
        }
    }

    @Test
    void fast_expected_loss_matches_the_panjer_mean_for_per_event_layers() {
        OutageCover perEventOnly = QUARTER.withPerEvent(2_000.0, 30_000.0);
        for (OutageRisk risk : new OutageRisk[] {poissonRisk(1.0), negativeBinomialRisk(0.0), negativeBinomialRisk(0.6)}) {
            for (OutageCover cover : new OutageCover[] {QUARTER, perEventOnly}) {
                double panjer = OutageCoverPricer.DEFAULT.lossDistribution(cover, risk).mean();

                assertThat(OutageCoverPricer.DEFAULT.expectedLoss(cover, risk))
                        .isCloseTo(panjer, within(panjer * TOLERANCE_LATTICE_RELATIVE));
            }
        }
        assertThat(OutageCoverPricer.DEFAULT.expectedLoss(LAYERED, negativeBinomialRisk(0.6)))
                .isEqualTo(OutageCoverPricer.DEFAULT.lossDistribution(LAYERED, negativeBinomialRisk(0.6)).mean());
    }

    @Test
    void wang_transform_with_zero_lambda_is_the_expected_loss() {
        LossDistribution losses = OutageCoverPricer.DEFAULT.lossDistribution(LAYERED, negativeBinomialRisk(0.3));

        assertThat(WangTransform.of(0.0).premium(losses))
                .isCloseTo(losses.mean(), within(losses.mean() * TOLERANCE_IDENTITY_RELATIVE));
    }

    @Test
    void premiums_load_more_as_the_loading_parameters_grow() {
        LossDistribution losses = OutageCoverPricer.DEFAULT.lossDistribution(LAYERED, negativeBinomialRisk(0.3));

        assertThat(WangTransform.of(0.1).premium(losses)).isGreaterThan(losses.mean())
                .isLessThan(WangTransform.of(0.4).premium(losses));
        assertThat(StandardDeviationPrinciple.of(0.0).premium(losses)).isEqualTo(losses.mean());
        assertThat(StandardDeviationPrinciple.of(1.0).premium(losses))
                .isCloseTo(losses.mean() + losses.standardDeviation(), within(1e-9));
    }

    @Test
    void value_at_risk_is_monotone_in_confidence_and_tvar_sits_above_it() {
        LossDistribution losses = OutageCoverPricer.DEFAULT.lossDistribution(QUARTER, negativeBinomialRisk(0.6));

        double previous = 0.0;
        for (double confidence : new double[] {0.5, 0.9, 0.95, 0.99, 0.995, 0.999}) {
            double var = losses.valueAtRisk(confidence);
            assertThat(var).isGreaterThanOrEqualTo(previous);
            assertThat(losses.tailValueAtRisk(confidence)).isGreaterThanOrEqualTo(var);
            previous = var;
        }
    }

    @Test
    void aggregate_limit_caps_every_payout_and_the_two_layers_add_up_to_the_unlimited_cover() {
        OutageRisk risk = negativeBinomialRisk(0.6);
        double attachment = 40_000.0;

        LossDistribution primary = OutageCoverPricer.DEFAULT.lossDistribution(
                QUARTER.withAggregate(0.0, attachment), risk);
        LossDistribution excess = OutageCoverPricer.DEFAULT.lossDistribution(
                QUARTER.withAggregate(attachment, Double.POSITIVE_INFINITY), risk);
        LossDistribution whole = OutageCoverPricer.DEFAULT.lossDistribution(QUARTER, risk);

        assertThat(primary.maximum()).isLessThanOrEqualTo(attachment);
        assertThat(primary.mean() + excess.mean())
                .isCloseTo(whole.mean(), within(whole.mean() * TOLERANCE_LAYERS_RELATIVE));
    }

    @Test
    void deductibles_lower_and_limits_cap_the_expected_loss() {
        OutageRisk risk = negativeBinomialRisk(0.3);
        double whole = OutageCoverPricer.DEFAULT.lossDistribution(QUARTER, risk).mean();
        double withEventDeductible = OutageCoverPricer.DEFAULT.lossDistribution(
                QUARTER.withPerEvent(5_000.0, Double.POSITIVE_INFINITY), risk).mean();
        double withEventLimit = OutageCoverPricer.DEFAULT.lossDistribution(
                QUARTER.withPerEvent(0.0, 5_000.0), risk).mean();
        double beyondReach = OutageCoverPricer.DEFAULT.lossDistribution(
                QUARTER.withAggregate(1e9, Double.POSITIVE_INFINITY), risk).mean();

        assertThat(withEventDeductible).isLessThan(whole).isPositive();
        assertThat(withEventLimit).isLessThan(whole).isPositive();
        assertThat(beyondReach).isZero();
    }

    @Test
    void a_per_event_limit_far_below_any_loss_pays_the_limit_per_outage() {
        OutageRisk risk = negativeBinomialRisk(0.3);
        double limit = 1.0;

        double expected = OutageCoverPricer.DEFAULT.lossDistribution(
                QUARTER.withPerEvent(0.0, limit).withAggregate(0.0, 1e7), risk).mean();

        assertThat(expected).isCloseTo(OutageCoverPricer.DEFAULT.expectedLoss(QUARTER.withPerEvent(0.0, limit), risk),
                within(expected * TOLERANCE_LATTICE_RELATIVE));
        double outagesPerQuarter = 1.5 * 1.2 * 3;
        assertThat(expected).isCloseTo(outagesPerQuarter * limit, within(outagesPerQuarter * limit * 1e-3));
    }

    @Test
    void tighter_market_with_correlated_outages_costs_more() {
        double independent = OutageCoverPricer.DEFAULT.lossDistribution(QUARTER, negativeBinomialRisk(0.0)).mean();
        double correlated = OutageCoverPricer.DEFAULT.lossDistribution(QUARTER, negativeBinomialRisk(0.8)).mean();
        double noTightness = OutageCoverPricer.DEFAULT.lossDistribution(QUARTER, poissonRisk(0.0)).mean();

        assertThat(correlated).isGreaterThan(independent);
        assertThat(poissonRisk(1.0).replacementPrice(1.0)).isEqualTo(2 * SPOT_CNY);
        assertThat(noTightness).isLessThan(OutageCoverPricer.DEFAULT.lossDistribution(QUARTER, poissonRisk(1.0)).mean());
    }

    @Test
    void the_same_seed_draws_the_same_terms() {
        OutageRisk risk = negativeBinomialRisk(0.6);

        double[] first = OutageCoverSimulator.DEFAULT.simulatePayouts(LAYERED, risk, 1_000, SEED);
        double[] again = OutageCoverSimulator.DEFAULT.simulatePayouts(LAYERED, risk, 1_000, SEED);
        double[] other = OutageCoverSimulator.DEFAULT.simulatePayouts(LAYERED, risk, 1_000, SEED + 1);

        assertThat(again).containsExactly(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void correlation_needs_a_negative_binomial_intensity() {
        assertThatThrownBy(() -> new OutageRisk(PoissonFrequency.of(1.8), 30, LOST_HOURS, SPOT_CNY, 1.0, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tightnessCorrelation");
    }

    @Test
    void cover_terms_are_validated_field_by_field() {
        assertThatThrownBy(() -> new OutageCover(0, 0, 1, 0, 1)).hasMessageContaining("termDays");
        assertThatThrownBy(() -> new OutageCover(30, -1, 1, 0, 1)).hasMessageContaining("perEventDeductible");
        assertThatThrownBy(() -> new OutageCover(30, 0, 0, 0, 1)).hasMessageContaining("perEventLimit");
        assertThatThrownBy(() -> new OutageCover(30, 0, 1, Double.NaN, 1)).hasMessageContaining("aggregateDeductible");
    }
}
