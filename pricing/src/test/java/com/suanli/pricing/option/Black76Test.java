package com.suanli.pricing.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Black76Test {

    private static final double TOLERANCE_PUBLISHED = 5e-5;
    /** Hull prints his Greek examples to three significant figures: half a unit in the last place. */
    private static final double TOLERANCE_PUBLISHED_3DP = 5e-4;
    private static final double TOLERANCE_PUBLISHED_2DP = 0.005;
    private static final double TOLERANCE_PUBLISHED_1DP = 0.05;
    private static final double TOLERANCE_PARITY = 1e-12;
    private static final double TOLERANCE_FINITE_DIFFERENCE = 1e-6;
    private static final double TOLERANCE_IMPLIED_VOL = 1e-9;
    private static final Black76 BLACK = Black76.DEFAULT;

    @Test
    void put_matches_hulls_futures_option_example() {
        // Hull, Options, Futures and Other Derivatives: F=20, K=20, r=9%, T=4 months, sigma=25%.
        assertThat(BLACK.price(PutCall.PUT, 20, 20, 4.0 / 12.0, 0.25, 0.09)).isCloseTo(1.1166, within(TOLERANCE_PUBLISHED));
    }

    @Test
    void call_and_put_match_haugs_black76_example() {
        // Haug, The Complete Guide to Option Pricing Formulas (2nd ed.), Black-76: F=X=19, T=0.75, r=10%, sigma=28%.
        assertThat(BLACK.price(PutCall.CALL, 19, 19, 0.75, 0.28, 0.10)).isCloseTo(1.7011, within(TOLERANCE_PUBLISHED));
        assertThat(BLACK.price(PutCall.PUT, 19, 19, 0.75, 0.28, 0.10)).isCloseTo(1.7011, within(TOLERANCE_PUBLISHED));
    }

    @Test
    void delta_matches_haugs_futures_option_delta_example() {
        // Haug (2nd ed.), delta of options on futures: F=105, X=100, T=0.5, r=10%, sigma=36%.
        assertThat(BLACK.greeks(PutCall.CALL, 105, 100, 0.5, 0.36, 0.10).delta()).isCloseTo(0.5946, within(TOLERANCE_PUBLISHED));
        assertThat(BLACK.greeks(PutCall.PUT, 105, 100, 0.5, 0.36, 0.10).delta()).isCloseTo(-0.3566, within(TOLERANCE_PUBLISHED));
    }

    /**
     * Haug (2nd ed.), chapter 2, gives his gamma, vega and theta examples in the generalised
     * Black-Scholes-Merton model with cost of carry b on a spot S; the same examples are the
     * checks of libmetaoptions (B. Augestad, src/ggamma.c, gvega.c, gtheta.c). That model is
     * Black-76 on the forward F = S e^{bT} (Haug: b = 0 is Black's futures option), so each
     * example is a Black-76 check through the exact change of variable: the price and vega
     * are the same functions, gamma_S = gamma_F e^{2bT} (dF/dS = e^{bT}), and with S held
     * instead of F, theta_S = theta_F - b F delta_F (F drifts at b as time passes).
     */
    @Test
    void gamma_vega_and_theta_match_haugs_examples_through_the_forward() {
        // Gamma and vega: S=55, X=60, T=0.75, r=10%, b=10%, sigma=30%: gamma 0.0278, vega 18.9358.
        double forward = 55.0 * Math.exp(0.10 * 0.75);
        OptionGreeks call = BLACK.greeks(PutCall.CALL, forward, 60.0, 0.75, 0.30, 0.10);
        assertThat(call.gamma() * Math.exp(2 * 0.10 * 0.75)).isCloseTo(0.0278, within(TOLERANCE_PUBLISHED));
        assertThat(call.vega()).isCloseTo(18.9358, within(TOLERANCE_PUBLISHED));
        // Theta of a put on an index: S=430, X=405, T=1/12, r=7%, q=5% (b=2%), sigma=20%: -31.1924 a year.
        double carry = 0.02;
        double indexForward = 430.0 * Math.exp(carry / 12.0);
        OptionGreeks put = BLACK.greeks(PutCall.PUT, indexForward, 405.0, 1.0 / 12.0, 0.20, 0.07);
        assertThat(put.theta() - carry * indexForward * put.delta()).isCloseTo(-31.1924, within(TOLERANCE_PUBLISHED));
    }

    @Test
    void delta_gamma_vega_and_theta_match_hulls_worked_example_through_the_forward() {
        // Hull, Options, Futures, and Other Derivatives, the Greek letters chapter: a call on a
        // non-dividend stock, S=49, K=50, r=5%, sigma=20%, T=20 weeks (0.3846 years): delta 0.522,
        // gamma 0.066, vega 12.1 (per 1.00 of volatility), theta -4.31 a year. Black-76 on
        // F = S e^{rT} (b = r, as above): delta_S = delta_F e^{rT}, gamma_S = gamma_F e^{2rT},
        // theta_S = theta_F - r F delta_F.
        double rate = 0.05;
        double expiry = 20.0 / 52.0;
        double forward = 49.0 * Math.exp(rate * expiry);
        OptionGreeks call = BLACK.greeks(PutCall.CALL, forward, 50.0, expiry, 0.20, rate);
        assertThat(call.delta() * Math.exp(rate * expiry)).isCloseTo(0.522, within(TOLERANCE_PUBLISHED_3DP));
        assertThat(call.gamma() * Math.exp(2 * rate * expiry)).isCloseTo(0.066, within(TOLERANCE_PUBLISHED_3DP));
        assertThat(call.vega()).isCloseTo(12.1, within(TOLERANCE_PUBLISHED_1DP));
        assertThat(call.theta() - rate * forward * call.delta()).isCloseTo(-4.31, within(TOLERANCE_PUBLISHED_2DP));
    }

    @Test
    void put_call_parity_holds_for_compute_volatilities() {
        for (double strike : new double[] {2.0, 3.5, 5.0}) {
            for (double vol : new double[] {0.6, 0.8, 1.0}) {
                double call = BLACK.price(PutCall.CALL, 3.2, strike, 0.4, vol, 0.025);
                double put = BLACK.price(PutCall.PUT, 3.2, strike, 0.4, vol, 0.025);
                assertThat(call - put).isCloseTo(Math.exp(-0.025 * 0.4) * (3.2 - strike), within(TOLERANCE_PARITY));
            }
        }
    }

    @Test
    void greeks_agree_with_central_finite_differences() {
        double f = 3.2;
        double k = 3.5;
        double t = 0.4;
        double vol = 0.8;
        double r = 0.025;
        for (PutCall pc : PutCall.values()) {
            OptionGreeks g = BLACK.greeks(pc, f, k, t, vol, r);
            double hF = 1e-4;
            double hV = 1e-5;
            double hT = 1e-6;
            double hR = 1e-6;
            double fdDelta = (BLACK.price(pc, f + hF, k, t, vol, r) - BLACK.price(pc, f - hF, k, t, vol, r)) / (2 * hF);
            double fdGamma = (BLACK.price(pc, f + hF, k, t, vol, r) - 2 * BLACK.price(pc, f, k, t, vol, r)
                    + BLACK.price(pc, f - hF, k, t, vol, r)) / (hF * hF);
            double fdVega = (BLACK.price(pc, f, k, t, vol + hV, r) - BLACK.price(pc, f, k, t, vol - hV, r)) / (2 * hV);
            double fdTheta = -(BLACK.price(pc, f, k, t + hT, vol, r) - BLACK.price(pc, f, k, t - hT, vol, r)) / (2 * hT);
            double fdRho = (BLACK.price(pc, f, k, t, vol, r + hR) - BLACK.price(pc, f, k, t, vol, r - hR)) / (2 * hR);
            assertThat(g.pv()).isEqualTo(BLACK.price(pc, f, k, t, vol, r));
            assertThat(g.delta()).as("delta %s", pc).isCloseTo(fdDelta, within(TOLERANCE_FINITE_DIFFERENCE));
            assertThat(g.gamma()).as("gamma %s", pc).isCloseTo(fdGamma, within(1e-4));
            assertThat(g.vega()).as("vega %s", pc).isCloseTo(fdVega, within(TOLERANCE_FINITE_DIFFERENCE));
            assertThat(g.theta()).as("theta %s", pc).isCloseTo(fdTheta, within(1e-5));
            assertThat(g.rho()).as("rho %s", pc).isCloseTo(fdRho, within(TOLERANCE_FINITE_DIFFERENCE));
        }
    }

    @Test
    void implied_volatility_round_trips_across_strikes_and_vols() {
        for (PutCall pc : PutCall.values()) {
            for (double strike : new double[] {2.5, 3.0, 3.2, 4.0, 5.0}) {
                for (double vol : new double[] {0.3, 0.6, 1.0, 1.8}) {
                    double premium = BLACK.price(pc, 3.2, strike, 0.25, vol, 0.02);
                    double implied = BLACK.impliedVolatility(pc, 3.2, strike, 0.25, 0.02, premium);
                    assertThat(implied).as("%s K=%s vol=%s", pc, strike, vol).isCloseTo(vol, within(TOLERANCE_IMPLIED_VOL));
                }
            }
        }
    }

    @Test
    void implied_volatility_rejects_a_premium_below_intrinsic_value() {
        assertThatThrownBy(() -> BLACK.impliedVolatility(PutCall.CALL, 4.0, 3.0, 0.5, 0.0, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("premium:")
                .hasMessageContaining("no-arbitrage");
    }

    @Test
    void expired_option_is_worth_its_discounted_intrinsic_value() {
        OptionGreeks g = BLACK.greeks(PutCall.CALL, 4.0, 3.0, 0.0, 0.8, 0.05);
        assertThat(g.pv()).isEqualTo(1.0);
        assertThat(g.delta()).isEqualTo(1.0);
        assertThat(g.gamma()).isZero();
    }

    @Test
    void bad_inputs_name_the_field() {
        assertThatThrownBy(() -> BLACK.price(PutCall.CALL, -1, 3, 0.5, 0.8, 0.0)).hasMessageContaining("forward:");
        assertThatThrownBy(() -> BLACK.price(PutCall.CALL, 3, 0, 0.5, 0.8, 0.0)).hasMessageContaining("strike:");
        assertThatThrownBy(() -> BLACK.price(PutCall.CALL, 3, 3, -0.5, 0.8, 0.0)).hasMessageContaining("expiry:");
        assertThatThrownBy(() -> BLACK.price(PutCall.CALL, 3, 3, 0.5, Double.NaN, 0.0)).hasMessageContaining("vol:");
    }
}
