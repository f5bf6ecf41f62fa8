package com.suanli.pricing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * Calibration recovers known parameters from simulated daily index data within the standard
 * errors it reports, the standard errors match the spread of estimates over many histories,
 * and data it cannot fit is refused with the reason.
 */
class SpotModelCalibratorTest {

    private static final LocalDate ORIGIN = LocalDate.of(2017, 1, 1);
    private static final int DAYS = 3650;
    private static final double STANDARD_ERRORS = 3.0;
    /** Over 40 histories the sample spread of an estimate is itself uncertain by about 11%: 3 of those. */
    private static final double SPREAD_AGREEMENT = 0.35;

    private static NavigableMap<LocalDate, Double> simulatedHistory(SpotModel model, long seed, int days) {
        double[] path = SpotPathSimulator.seeded(model, seed).dailyPath(ORIGIN, 8.0, days);
        return history(d -> path[d], days + 1);
    }

    private static NavigableMap<LocalDate, Double> history(IntToDoubleFunction price, int observations) {
        NavigableMap<LocalDate, Double> history = new TreeMap<>();
        for (int d = 0; d < observations; d++) {
            history.put(ORIGIN.plusDays(d), price.applyAsDouble(d));
        }
        return history;
    }

    @Test
    void calibration_recovers_jump_diffusion_parameters_within_their_standard_errors() {
        SpotModel truth = new SpotModel(ORIGIN, Math.log(8.0), 20.0, 0.9, 0.25, 0.08, -0.05,
                new JumpParameters(12.0, 0.35, 0.10));
        SpotCalibration fit = SpotModelCalibrator.DEFAULT.calibrate(simulatedHistory(truth, 2024L, DAYS));
        SpotModel m = fit.model();
        SpotModelErrors se = fit.standardErrors();
        assertThat(fit.hasJumps()).isTrue();
        assertThat(fit.jumpPValue()).isLessThan(1e-6);
        assertThat(m.kappa()).isCloseTo(20.0, within(STANDARD_ERRORS * se.kappa()));
        assertThat(m.sigma()).isCloseTo(0.9, within(STANDARD_ERRORS * se.sigma()));
        assertThat(m.longRunMean()).isCloseTo(Math.log(8.0), within(STANDARD_ERRORS * se.longRunMean()));
        assertThat(m.obsolescenceRate()).isCloseTo(0.25, within(STANDARD_ERRORS * se.obsolescenceRate()));
        assertThat(m.seasonalCos()).isCloseTo(0.08, within(STANDARD_ERRORS * se.seasonalCos()));
        assertThat(m.seasonalSin()).isCloseTo(-0.05, within(STANDARD_ERRORS * se.seasonalSin()));
        assertThat(m.jumps().intensity()).isCloseTo(12.0, within(STANDARD_ERRORS * se.intensity()));
        assertThat(m.jumps().meanSize()).isCloseTo(0.35, within(STANDARD_ERRORS * se.meanSize()));
        assertThat(m.jumps().sizeStd()).isCloseTo(0.10, within(STANDARD_ERRORS * se.sizeStd()));
        // The errors are those of ten years of daily data: sigma / sqrt(2n) for sigma, sqrt(lambda / T) for lambda.
        assertThat(se.sigma()).isCloseTo(0.9 / Math.sqrt(2.0 * DAYS), within(0.5 * 0.9 / Math.sqrt(2.0 * DAYS)));
        assertThat(se.intensity()).isCloseTo(Math.sqrt(12.0 / 10.0), within(0.5 * Math.sqrt(12.0 / 10.0)));
        assertThat(fit.observations()).isEqualTo(DAYS + 1);
    }

    @Test
    void calibration_without_jumps_recovers_the_schwartz_parameters() {
        SpotModel truth = SpotModel.schwartz(ORIGIN, Math.log(6.0), 8.0, 0.7).withObsolescence(0.3);
        SpotCalibration fit = SpotModelCalibrator.DEFAULT.calibrate(simulatedHistory(truth, 77L, DAYS), false);
        SpotModel m = fit.model();
        assertThat(m.kappa()).isCloseTo(8.0, within(STANDARD_ERRORS * fit.standardErrors().kappa()));
        assertThat(m.sigma()).isCloseTo(0.7, within(STANDARD_ERRORS * fit.standardErrors().sigma()));
        assertThat(m.obsolescenceRate()).isCloseTo(0.3, within(STANDARD_ERRORS * fit.standardErrors().obsolescenceRate()));
        assertThat(m.jumps()).isEqualTo(JumpParameters.NONE);
        assertThat(fit.standardErrors().intensity()).isZero();
        assertThat(fit.jumpLikelihoodRatio()).isZero();
    }

    @Test
    void jumps_asked_of_jump_free_data_are_left_out_by_the_likelihood_ratio() {
        SpotModel truth = SpotModel.schwartz(ORIGIN, Math.log(6.0), 8.0, 0.7).withObsolescence(0.3);
        NavigableMap<LocalDate, Double> history = simulatedHistory(truth, 77L, 2 * 365);

        SpotCalibration fit = SpotModelCalibrator.DEFAULT.calibrate(history);

        assertThat(fit.hasJumps()).isFalse();
        assertThat(fit.model()).isEqualTo(SpotModelCalibrator.DEFAULT.calibrate(history, false).model());
        assertThat(fit.jumpPValue()).isGreaterThan(0.01);
    }

    @Test
    void reported_standard_errors_match_the_spread_of_estimates_over_forty_histories() {
        SpotModel truth = SpotModel.schwartz(ORIGIN, Math.log(6.0), 8.0, 0.7).withObsolescence(0.3);
        SummaryStatistics kappas = new SummaryStatistics();
        SummaryStatistics sigmas = new SummaryStatistics();
        SummaryStatistics trends = new SummaryStatistics();
        SummaryStatistics kappaErrors = new SummaryStatistics();
        SummaryStatistics sigmaErrors = new SummaryStatistics();
        SummaryStatistics trendErrors = new SummaryStatistics();
        for (long seed = 1; seed <= 40; seed++) {
            SpotCalibration fit = SpotModelCalibrator.DEFAULT.calibrate(simulatedHistory(truth, seed, 4 * 365), false);
            kappas.addValue(fit.model().kappa());
            sigmas.addValue(fit.model().sigma());
            trends.addValue(fit.model().obsolescenceRate());
            kappaErrors.addValue(fit.standardErrors().kappa());
            sigmaErrors.addValue(fit.standardErrors().sigma());
            trendErrors.addValue(fit.standardErrors().obsolescenceRate());
        }
        assertThat(kappaErrors.getMean() / kappas.getStandardDeviation()).isCloseTo(1.0, within(SPREAD_AGREEMENT));
        assertThat(sigmaErrors.getMean() / sigmas.getStandardDeviation()).isCloseTo(1.0, within(SPREAD_AGREEMENT));
        assertThat(trendErrors.getMean() / trends.getStandardDeviation()).isCloseTo(1.0, within(SPREAD_AGREEMENT));
    }

    @Test
    void a_flat_series_is_refused_as_having_nothing_to_fit() {
        assertThatThrownBy(() -> SpotModelCalibrator.DEFAULT.calibrate(history(d -> 8.0, 400)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history: flat, no variation to fit (every price is 8.0)");
    }

    @Test
    void a_smooth_ramp_is_refused_as_having_no_noise_to_fit_a_volatility_to() {
        assertThatThrownBy(() -> SpotModelCalibrator.DEFAULT.calibrate(history(d -> 8.0 + 0.01 * d, 400)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("history: moves without day-to-day noise")
                .hasMessageContaining("a ramp or a smooth curve");
        assertThatThrownBy(() -> SpotModelCalibrator.DEFAULT.calibrate(
                history(d -> 8.0 + Math.sin(d / 50.0), 400), false))
                .hasMessageStartingWith("history: moves without day-to-day noise");
    }

    @Test
    void a_series_unchanged_on_most_days_is_refused_as_stale() {
        assertThatThrownBy(() -> SpotModelCalibrator.DEFAULT.calibrate(history(d -> 8.0 + 0.01 * (d / 3), 400)))
                .hasMessage("history: unchanged on 266 of 399 steps: too stale to fit a volatility to");
    }

    @Test
    void jumps_too_frequent_to_tell_from_the_diffusion_are_refused_at_the_intensity_bound() {
        // 150 small jumps a year: more than one day in ten, beyond the likelihood's zero to two a step.
        SpotModel truth = SpotModel.schwartz(ORIGIN, Math.log(6.0), 8.0, 0.3)
                .withJumps(new JumpParameters(150.0, 0.08, 0.03));
        assertThatThrownBy(() -> SpotModelCalibrator.DEFAULT.calibrate(simulatedHistory(truth, 77L, 4 * 365)))
                .hasMessageStartingWith("history: the fit puts jumps.intensity at the upper edge of its range (36.5)")
                .hasMessageContaining("too frequent to tell from the diffusion");
    }

    @Test
    void short_or_non_positive_histories_are_rejected() {
        NavigableMap<LocalDate, Double> history = new TreeMap<>();
        history.put(ORIGIN, 8.0);
        assertThatThrownBy(() -> SpotModelCalibrator.DEFAULT.calibrate(history)).hasMessageContaining("history: need at least");
        NavigableMap<LocalDate, Double> negative = history(d -> d == 17 ? -1.0 : 8.0 + d % 2, 40);
        assertThatThrownBy(() -> SpotModelCalibrator.DEFAULT.calibrate(negative))
                .hasMessage("history: price on 2017-01-18 must be positive and finite, was -1.0");
    }
}
