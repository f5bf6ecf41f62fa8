package com.suanli.pricing.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AverageOptionFormulasTest {

    private static final double TOLERANCE_EXACT = 1e-8;
    private static final double TOLERANCE_PUBLISHED_4DP = 1.2e-4;
    private static final int CONTINUOUS_LIMIT_FIXINGS = 4000;
    private static final int MC_PATHS = 200_000;
    private static final long SEED = 20261127L;

    /** n fixings at the midpoints of [0, T], forwards growing at carry b from spot S: the continuous-average limit. */
    static AverageOptionInputs continuousLimit(PutCall pc, double spot, double strike, double carry, double rate,
            double vol, double expiry, int n) {
        double[] f = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = (i + 0.5) * expiry / n;
            f[i] = spot * Math.exp(carry * t[i]);
        }
        return new AverageOptionInputs(pc, strike, f, t, vol, expiry, rate);
    }

    /** A delivery month of 31 daily fixings starting {@code daysToStart} days out, flat forward. */
    static AverageOptionInputs deliveryMonth(PutCall pc, double forward, double strike, double vol, int daysToStart) {
        double[] f = new double[31];
        double[] t = new double[31];
        for (int i = 0; i < 31; i++) {
            f[i] = forward;
            t[i] = (daysToStart + i) / 365.0;
        }
        return new AverageOptionInputs(pc, strike, f, t, vol, (daysToStart + 31) / 365.0, 0.02);
    }

    @Test
    void discrete_geometric_average_matches_clewlow_strickland() {
        // Clewlow and Strickland, Implementing Derivative Models (1998), pp. 118-123:
        // S=100, K=100, r=6%, q=3%, sigma=20%, 10 fixings at 0.1, 0.2, ..., 1.0 years, call = 5.3425606635.
        double[] f = new double[10];
        double[] t = new double[10];
        for (int i = 0; i < 10; i++) {
            t[i] = 0.1 * (i + 1);
            f[i] = 100.0 * Math.exp(0.03 * t[i]);
        }
        AverageOptionInputs in = new AverageOptionInputs(PutCall.CALL, 100.0, f, t, 0.20, 1.0, 0.06);
        assertThat(GeometricAverageFormula.DEFAULT.price(in)).isCloseTo(5.3425606635, within(TOLERANCE_EXACT));
    }

    @Test
    void continuous_geometric_average_put_matches_haugs_kemna_vorst_example() {
        // Haug, Option Pricing Formulas: S=80, X=85, T=0.25, r=5%, b=8%, sigma=20%, geometric average-rate put = 4.6922.
        AverageOptionInputs in = continuousLimit(PutCall.PUT, 80, 85, 0.08, 0.05, 0.20, 0.25, CONTINUOUS_LIMIT_FIXINGS);
        assertThat(GeometricAverageFormula.DEFAULT.price(in)).isCloseTo(4.6922, within(TOLERANCE_PUBLISHED_4DP));
    }

    @Test
    void monte_carlo_geometric_estimate_agrees_with_the_closed_form_within_three_standard_errors() {
        for (double vol : new double[] {0.3, 0.8}) {
            AverageOptionInputs in = deliveryMonth(PutCall.CALL, 8.0, 8.4, vol, 45);
            MonteCarloEstimate mc = AveragePriceMonteCarlo.DEFAULT.price(in, MC_PATHS, SEED);
            assertThat(mc.geometricPrice()).as("vol %s", vol)
                    .isCloseTo(GeometricAverageFormula.DEFAULT.price(in), within(3 * mc.geometricStandardError()));
        }
    }

    @Test
    void control_variate_cuts_the_standard_error_at_compute_volatilities() {
        AverageOptionInputs in = deliveryMonth(PutCall.PUT, 8.0, 7.5, 0.8, 30);
        MonteCarloEstimate mc = AveragePriceMonteCarlo.DEFAULT.price(in, MC_PATHS, SEED);
        assertThat(mc.standardError()).isLessThan(mc.plainStandardError() / 5);
        assertThat(mc.price()).isCloseTo(mc.plainPrice(), within(3 * mc.plainStandardError()));
    }

    @Test
    void monte_carlo_is_deterministic_by_seed() {
        AverageOptionInputs in = deliveryMonth(PutCall.CALL, 8.0, 8.4, 0.8, 45);
        assertThat(AveragePriceMonteCarlo.DEFAULT.price(in, 10_000, 7L)).isEqualTo(AveragePriceMonteCarlo.DEFAULT.price(in, 10_000, 7L));
        assertThat(AveragePriceMonteCarlo.DEFAULT.price(in, 10_000, 7L)).isNotEqualTo(AveragePriceMonteCarlo.DEFAULT.price(in, 10_000, 8L));
    }

    @Test
    void fully_fixed_average_is_worth_its_discounted_intrinsic_value_in_every_method() {
        double[] f = {9.0, 10.0, 11.0};
        double[] t = {0.0, 0.0, 0.0};
        AverageOptionInputs in = new AverageOptionInputs(PutCall.CALL, 9.5, f, t, 0.8, 0.05, 0.02);
        double intrinsic = Math.exp(-0.02 * 0.05) * 0.5;
        assertThat(ArithmeticAverageFormula.DEFAULT.price(in)).isCloseTo(intrinsic, within(TOLERANCE_EXACT));
        MonteCarloEstimate mc = AveragePriceMonteCarlo.DEFAULT.price(in, 1000, SEED);
        assertThat(mc.price()).isCloseTo(intrinsic, within(TOLERANCE_EXACT));
        assertThat(mc.standardError()).isCloseTo(0.0, within(TOLERANCE_EXACT));
    }
}
