package com.suanli.pricing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.PutCall;
import java.time.LocalDate;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;

/**
 * E[max(S(t) - K, 0)] under the spot model: Black's formula without jumps, Merton's (1976)
 * jump-diffusion where jumps do not decay, and the Monte Carlo of the model where they do.
 */
class ExpectedCallPayoffTest {

    /** Haug prints the table to the cent, summing eleven terms of Merton's series. */
    private static final double TOLERANCE_HAUG_TABLE = 0.01;
    private static final double TOLERANCE_RELATIVE = 1e-9;
    private static final double STANDARD_ERRORS = 3.0;
    /** Mean reversion this slow leaves jumps and diffusion as in Merton's model over a year. */
    private static final double NO_REVERSION = 1e-9;
    private static final LocalDate ORIGIN = LocalDate.of(2026, 1, 1);

    /**
     * E. G. Haug, The Complete Guide to Option Pricing Formulas (McGraw-Hill, 1998), p. 9:
     * Merton (1976) jump-diffusion calls, S = 100, r = 8%, no dividend, total volatility 25% of
     * which a share gamma comes from jumps (delta = 0.25 sqrt(gamma / lambda) per jump, zero
     * mean jump return), the diffusion 0.25 sqrt(1 - gamma). Columns: lambda = 1 at T = 0.1,
     * 0.25, 0.5; lambda = 5 at the same T; lambda = 10 at T = 0.1 and 0.25. (The lambda = 10,
     * T = 0.5 column is left out: there eleven terms of the series fall 0.1 to 0.3 short.)
     */
    private static final double[][] HAUG_MERTON_TABLE = {
        // gamma, strike, then the eight columns
        {0.25, 80, 20.67, 21.74, 23.63, 20.65, 21.70, 23.61, 20.64, 21.70},
        {0.25, 90, 11.00, 12.74, 15.40, 10.98, 12.75, 15.42, 10.98, 12.75},
        {0.25, 100, 3.42, 5.88, 8.95, 3.51, 5.96, 9.02, 3.53, 5.97},
        {0.25, 110, 0.55, 2.11, 4.67, 0.56, 2.16, 4.73, 0.56, 2.17},
        {0.25, 120, 0.10, 0.64, 2.23, 0.06, 0.63, 2.25, 0.05, 0.62},
        {0.50, 80, 20.72, 21.83, 23.71, 20.66, 21.73, 23.63, 20.65, 21.71},
        {0.50, 90, 11.04, 12.72, 15.34, 11.02, 12.76, 15.41, 11.00, 12.75},
        {0.50, 100, 3.14, 5.58, 8.71, 3.39, 5.87, 8.96, 3.46, 5.93},
        {0.50, 110, 0.53, 1.93, 4.42, 0.58, 2.11, 4.67, 0.57, 2.14},
        {0.50, 120, 0.19, 0.71, 2.15, 0.10, 0.66, 2.23, 0.07, 0.64},
        {0.75, 80, 20.79, 21.96, 23.86, 20.68, 21.78, 23.67, 20.66, 21.74},
        {0.75, 90, 11.11, 12.75, 15.30, 11.09, 12.78, 15.39, 11.04, 12.76},
        {0.75, 100, 2.70, 5.08, 8.24, 3.16, 5.71, 8.85, 3.33, 5.85},
        {0.75, 110, 0.54, 1.69, 3.99, 0.62, 2.05, 4.57, 0.60, 2.11},
        {0.75, 120, 0.29, 0.84, 2.09, 0.15, 0.71, 2.21, 0.11, 0.67},
    };
    private static final double[] HAUG_INTENSITIES = {1, 1, 1, 5, 5, 5, 10, 10};
    private static final double[] HAUG_EXPIRIES = {0.1, 0.25, 0.5, 0.1, 0.25, 0.5, 0.1, 0.25};

    /**
     * Merton's call on a spot S0 at rate r, as the spot model prices it: without reversion the
     * log price is ln S0' + diffusion + jumps, and S0' is set so the forward is S0 e^{rT}.
     */
    private static double mertonCall(double spot, double strike, double rate, double expiry, double diffusion,
            JumpParameters jumps) {
        double start = spot * Math.exp((rate - 0.5 * diffusion * diffusion) * expiry)
                / Math.exp(jumps.intensity() * expiry * Math.expm1(jumps.meanSize() + 0.5 * jumps.sizeStd() * jumps.sizeStd()));
        SpotModel model = SpotModel.schwartz(ORIGIN, Math.log(start), NO_REVERSION, diffusion).withJumps(jumps);
        return Math.exp(-rate * expiry) * model.expectedCallPayoff(0.0, start, expiry, strike);
    }

    @Test
    void without_reversion_calls_match_haugs_table_of_mertons_jump_diffusion() {
        for (double[] row : HAUG_MERTON_TABLE) {
            double share = row[0];
            double strike = row[1];
            for (int column = 0; column < HAUG_EXPIRIES.length; column++) {
                double intensity = HAUG_INTENSITIES[column];
                double jumpVol = 0.25 * Math.sqrt(share / intensity);
                JumpParameters jumps = new JumpParameters(intensity, -0.5 * jumpVol * jumpVol, jumpVol);
                double call = mertonCall(100.0, strike, 0.08, HAUG_EXPIRIES[column], 0.25 * Math.sqrt(1.0 - share), jumps);
                assertThat(call).as("gamma %s K %s lambda %s T %s", share, strike, intensity, HAUG_EXPIRIES[column])
                        .isCloseTo(row[column + 2], within(TOLERANCE_HAUG_TABLE));
            }
        }
    }

    @Test
    void without_reversion_calls_equal_mertons_series_of_black_prices_from_one_day_to_a_quarter() {
        // A one-day call with a narrow diffusion and jumps of nearly fixed size is the hardest case for
        // the transform: the law is almost a comb of narrow peaks.
        double rate = 0.03;
        for (JumpParameters jumps : new JumpParameters[] {new JumpParameters(12.0, 0.3, 0.15),
            new JumpParameters(30.0, -0.2, 0.02)}) {
            checkMertonSeries(rate, 0.7, jumps);
            checkMertonSeries(rate, 0.3, jumps);
        }
    }

    private static void checkMertonSeries(double rate, double diffusion, JumpParameters jumps) {
        double jumpMean = Math.expm1(jumps.meanSize() + 0.5 * jumps.sizeStd() * jumps.sizeStd());
        for (double expiry : new double[] {1.0 / 365.0, 5.0 / 365.0, 0.25}) {
            for (double strike : new double[] {60.0, 97.0, 100.0, 110.0, 150.0, 300.0}) {
                // Merton (1976): sum over n of Poisson(lambda (1 + k) T) weights times the Black-Scholes call with
                // variance sigma^2 + n delta^2 / T and rate r - lambda k + n ln(1 + k) / T (drift and discounting).
                double series = 0.0;
                double grownIntensity = jumps.intensity() * (1.0 + jumpMean) * expiry;
                for (int n = 0; n < 60; n++) {
                    double weight = Math.exp(-grownIntensity + n * Math.log(grownIntensity)
                            - CombinatoricsUtils.factorialLog(n));
                    double vol = Math.sqrt(diffusion * diffusion + n * jumps.sizeStd() * jumps.sizeStd() / expiry);
                    double rateN = rate - jumps.intensity() * jumpMean + n * Math.log1p(jumpMean) / expiry;
                    series += weight * Black76.DEFAULT.price(PutCall.CALL, 100.0 * Math.exp(rateN * expiry), strike,
                            expiry, vol, rateN);
                }
                assertThat(mertonCall(100.0, strike, rate, expiry, diffusion, jumps))
                        .as("%s sigma %s T %s K %s", jumps, diffusion, expiry, strike)
                        .isCloseTo(series, within(TOLERANCE_RELATIVE * 100.0));
            }
        }
    }

    @Test
    void without_jumps_the_call_is_blacks_formula_on_the_expected_spot() {
        SpotModel model = SpotModel.schwartz(ORIGIN, Math.log(15.0), 2.0, 0.8).withSeasonality(0.05, 0.02)
                .withObsolescence(0.3);
        double tau = 40.0 / 365.0;
        double forward = model.expectedSpot(0.1, 16.0, 0.1 + tau);
        double vol = 0.8 * Math.sqrt(-Math.expm1(-4.0 * tau) / 4.0 / tau);
        for (double strike : new double[] {8.0, 16.0, 25.0}) {
            assertThat(model.expectedCallPayoff(0.1, 16.0, 0.1 + tau, strike)).as("K %s", strike)
                    .isCloseTo(Black76.DEFAULT.price(PutCall.CALL, forward, strike, tau, vol, 0.0),
                            within(TOLERANCE_RELATIVE * forward));
        }
    }

    @Test
    void a_call_struck_near_zero_is_worth_the_expected_spot() {
        SpotModel model = SpotModelTest.h100Model();
        double t = model.time(LocalDate.of(2027, 2, 10));
        double strike = 1e-6;
        assertThat(model.expectedCallPayoff(1.0, 9.5, t, strike))
                .isCloseTo(model.expectedSpot(1.0, 9.5, t) - strike, within(TOLERANCE_RELATIVE * 9.5));
    }

    @Test
    void with_fast_decaying_jumps_calls_agree_with_monte_carlo_within_three_standard_errors() {
        // kappa = 20: a spike loses 80% in a month, so the jumps of the month reach day 30 decayed by
        // anything between 0.2 and 1; Merton's series, which has them whole, does not apply.
        SpotModel model = SpotModelTest.h100Model();
        LocalDate today = LocalDate.of(2027, 1, 15);
        int days = 30;
        double[] strikes = {6.0, 9.5, 14.0};
        SummaryStatistics[] payoffs = {new SummaryStatistics(), new SummaryStatistics(), new SummaryStatistics()};
        SpotPathSimulator simulator = SpotPathSimulator.seeded(model, 4242L);
        double[] path = new double[days + 1];
        for (int p = 0; p < 40_000; p++) {
            simulator.fillDailyPath(today, 9.5, path);
            for (int k = 0; k < strikes.length; k++) {
                payoffs[k].addValue(Math.max(path[days] - strikes[k], 0.0));
            }
        }
        double t0 = model.time(today);
        for (int k = 0; k < strikes.length; k++) {
            double standardError = payoffs[k].getStandardDeviation() / Math.sqrt(payoffs[k].getN());
            assertThat(model.expectedCallPayoff(t0, 9.5, model.time(today.plusDays(days)), strikes[k]))
                    .as("K %s", strikes[k]).isCloseTo(payoffs[k].getMean(), within(STANDARD_ERRORS * standardError));
        }
    }

    @Test
    void jumps_without_a_diffusion_or_a_size_spread_are_refused_by_name() {
        SpotModel atomic = SpotModel.schwartz(ORIGIN, Math.log(8.0), 2.0, 0.0).withJumps(new JumpParameters(5.0, 0.3, 0.0));
        assertThatThrownBy(() -> atomic.expectedCallPayoff(0.0, 8.0, 0.1, 9.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sigma: 0.0 with jumps of sizeStd 0.0")
                .hasMessageContaining("Monte Carlo");
        assertThatThrownBy(() -> atomic.expectedCallPayoff(0.0, 8.0, 0.1, 0.0)).hasMessageStartingWith("strike:");
    }
}
