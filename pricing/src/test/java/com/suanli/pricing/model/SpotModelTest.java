package com.suanli.pricing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

class SpotModelTest {

    private static final double TOLERANCE_CLOSED_FORM = 1e-12;
    private static final LocalDate ORIGIN = LocalDate.of(2026, 1, 1);
    private static final LocalDate VALUATION = LocalDate.of(2027, 1, 15);
    private static final int PATHS = 20_000;

    /** GPU rent around 8 CNY/hour, fast reversion, scarcity spikes, 25%/year obsolescence, mild seasonality. */
    static SpotModel h100Model() {
        return new SpotModel(ORIGIN, Math.log(8.0), 20.0, 0.9, 0.25, 0.08, -0.05, new JumpParameters(12.0, 0.35, 0.10));
    }

    @Test
    void expected_spot_matches_schwartz_one_factor_futures_formula() {
        // Schwartz (1997), one-factor model: F(S, T) = exp(e^{-kT} ln S + (1 - e^{-kT}) alpha* + sigma^2/(4k) (1 - e^{-2kT})),
        // alpha* = alpha - lambda sigma / k.
        double kappa = 1.5;
        double sigma = 0.7;
        double alpha = Math.log(9.0);
        double lambda = 0.2;
        SpotModel model = SpotModel.schwartz(ORIGIN, alpha, kappa, sigma);
        double spot = 7.2;
        for (double maturity : new double[] {0.01, 0.25, 1.0, 3.0}) {
            double alphaStar = alpha - lambda * sigma / kappa;
            double decay = Math.exp(-kappa * maturity);
            double schwartz = Math.exp(decay * Math.log(spot) + (1 - decay) * alphaStar
                    + sigma * sigma / (4 * kappa) * (1 - decay * decay));
            assertThat(model.expectedSpot(0.5, spot, 0.5 + maturity, lambda)).as("T=%s", maturity)
                    .isCloseTo(schwartz, within(TOLERANCE_CLOSED_FORM * schwartz * 100));
        }
    }

    @Test
    void expected_spot_with_jumps_seasonality_and_obsolescence_agrees_with_monte_carlo_within_three_standard_errors() {
        SpotModel model = h100Model();
        SpotPathSimulator simulator = SpotPathSimulator.seeded(model, 1234L);
        int[] horizons = {1, 10, 30, 90};
        SummaryStatistics[] stats = new SummaryStatistics[horizons.length];
        for (int h = 0; h < horizons.length; h++) {
            stats[h] = new SummaryStatistics();
        }
        double[] path = new double[91];
        for (int p = 0; p < PATHS; p++) {
            simulator.fillDailyPath(VALUATION, 9.5, path);
            for (int h = 0; h < horizons.length; h++) {
                stats[h].addValue(path[horizons[h]]);
            }
        }
        double t0 = model.time(VALUATION);
        for (int h = 0; h < horizons.length; h++) {
            double expected = model.expectedSpot(t0, 9.5, model.time(VALUATION.plusDays(horizons[h])));
            double standardError = stats[h].getStandardDeviation() / Math.sqrt(PATHS);
            assertThat(stats[h].getMean()).as("day %s", horizons[h]).isCloseTo(expected, within(3 * standardError));
        }
    }

    @Test
    void theoretical_futures_price_is_the_month_average_of_expected_spots_and_agrees_with_monte_carlo() {
        SpotModel model = h100Model();
        YearMonth march = YearMonth.of(2027, 3);
        double futures = model.futuresPrice(VALUATION, 9.5, march, 0.0);
        int offset = (int) (march.atDay(1).toEpochDay() - VALUATION.toEpochDay());
        SpotPathSimulator simulator = SpotPathSimulator.seeded(model, 99L);
        SummaryStatistics averages = new SummaryStatistics();
        double[] path = new double[offset + 31];
        for (int p = 0; p < PATHS; p++) {
            simulator.fillDailyPath(VALUATION, 9.5, path);
            double sum = 0.0;
            for (int d = 0; d < 31; d++) {
                sum += path[offset + d];
            }
            averages.addValue(sum / 31);
        }
        assertThat(averages.getMean()).isCloseTo(futures, within(3 * averages.getStandardDeviation() / Math.sqrt(PATHS)));
    }

    @Test
    void jumps_raise_the_expected_spot_by_their_decayed_moment() {
        SpotModel withJumps = h100Model();
        SpotModel withoutJumps = withJumps.withJumps(JumpParameters.NONE);
        double t0 = withJumps.time(VALUATION);
        double t = t0 + 0.5;
        double ratio = withJumps.expectedSpot(t0, 9.5, t) / withoutJumps.expectedSpot(t0, 9.5, t);
        assertThat(ratio).isCloseTo(Math.exp(withJumps.jumpLogMoment(0.5)), within(1e-12));
        assertThat(ratio).isGreaterThan(1.0);
    }

    @Test
    void same_seed_gives_the_same_path() {
        double[] a = SpotPathSimulator.seeded(h100Model(), 5L).dailyPath(VALUATION, 9.5, 60);
        double[] b = SpotPathSimulator.seeded(h100Model(), 5L).dailyPath(VALUATION, 9.5, 60);
        assertThat(a).containsExactly(b);
    }

    @Test
    void bad_parameters_are_named() {
        assertThatThrownBy(() -> SpotModel.schwartz(ORIGIN, 2.0, 0.0, 0.5)).hasMessageContaining("kappa:");
        assertThatThrownBy(() -> new JumpParameters(-1, 0, 0)).hasMessageContaining("intensity:");
        assertThatThrownBy(() -> h100Model().futuresPrice(VALUATION, 9.5, YearMonth.of(2027, 1), 0.0))
                .hasMessageContaining("deliveryMonth: 2027-01 has started");
    }
}
