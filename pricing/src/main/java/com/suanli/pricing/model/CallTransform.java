package com.suanli.pricing.model;

import com.suanli.pricing.math.StandardNormal;

/**
 * E[max(S - K, 0)] for S = exp(a + G + Y): G ~ N(0, v) the Ornstein-Uhlenbeck part of the log
 * price, Y the decayed jumps. Exact, by splitting on whether a jump arrives.
 *
 * <ul>
 *   <li>No jump (probability e^{-lambda tau}): S is lognormal, the Black formula.</li>
 *   <li>At least one jump: Lewis's (2001) inversion of the moment generating function
 *       M(z) = E[S^z] of that part of the law, M_1(z) = e^{za + z^2 v / 2} (E[e^{zY}] - e^{-lambda tau}):
 *       {@code E[(S - K)+; N >= 1] = M_1(1) - (sqrt(K) / pi) * integral_0^inf Re[K^{-iu} M_1(1/2 + iu)] / (u^2 + 1/4) du}.</li>
 * </ul>
 *
 * Taking the no-jump atom out in closed form leaves an integrand that decays with the
 * diffusion and the jump-size spread together, so it can be cut where the diffusion alone
 * has damped it below 1e-8. The integral runs over Gauss-Legendre panels that double from
 * 0.5 (the factor 1/(u^2 + 1/4) turns sharply near 0) up to about three oscillations of the
 * integrand, whose frequency is the distance in log price between the strike and the law's
 * bulk. Measured against a reference integration to 1e-13 over 300 random laws (kappa 0.5 to 50,
 * sigma 0.2 to 1.5, intensity 0.5 to 40, horizons 1 to 120 days, strikes 0.5 to 2.5 of the
 * forward) the error stayed below 3e-10 of the forward, at a median of about 90 points.
 */
final class CallTransform {

    private static final double TRUNCATION = 1e-8;
    /** Beyond this cut the law is nearly atomic (no diffusion, no size spread): no transform resolves it. */
    private static final double MAX_CUTOFF = 5_000.0;
    private static final double FIRST_PANEL = 0.5;
    private static final double PERIODS_PER_PANEL = 3.0;
    private static final double BULK_IN_STANDARD_DEVIATIONS = 6.0;
    private static final int PANEL_POINTS = 12;

    private CallTransform() {
    }

    /**
     * E[max(exp(a + G + Y) - K, 0)].
     *
     * @throws IllegalArgumentException when there are jumps but the law has (almost) no spread
     *         besides them, which no transform resolves
     */
    static double expectedExcess(double gaussianMean, double gaussianVariance, DecayedJumps jumps, double strike) {
        double noJump = jumps.noJumpProbability();
        double noJumpForward = Math.exp(gaussianMean + 0.5 * gaussianVariance);
        double withoutJumps = noJump * lognormalExcess(noJumpForward, strike, gaussianVariance);
        if (noJump == 1.0) {
            return withoutJumps;
        }
        double smoothing = gaussianVariance + jumps.smallestSizeVariance();
        double cutoff = Math.sqrt(2.0 * Math.log(1.0 / TRUNCATION) / smoothing);
        if (!(cutoff <= MAX_CUTOFF)) {
            throw new IllegalArgumentException("the law of the index has almost no spread besides its jumps (variance "
                    + gaussianVariance + " from sigma, " + jumps.smallestSizeVariance() + " from the jump sizes)");
        }
        double logStrike = Math.log(strike);
        double bulk = Math.abs(gaussianMean + jumps.mean() - logStrike)
                + BULK_IN_STANDARD_DEVIATIONS * Math.sqrt(gaussianVariance + jumps.variance()) + Math.abs(jumps.meanSize());
        double widest = 2.0 * Math.PI * PERIODS_PER_PANEL / bulk;
        double[] points = LegendreRules.points(PANEL_POINTS);
        double[] weights = LegendreRules.weights(PANEL_POINTS);
        double[] cumulant = new double[2];
        double integral = 0.0;
        double from = 0.0;
        double width = FIRST_PANEL;
        while (from < cutoff) {
            double to = Math.min(from + width, cutoff);
            double half = 0.5 * (to - from);
            for (int i = 0; i < PANEL_POINTS; i++) {
                double u = from + half * (points[i] + 1.0);
                jumps.logMomentOnStrip(u, jumps.nodesAt(u), cumulant);
                // M_1(1/2 + iu) K^{-iu} = e^{g} e^{i phi} (e^{c} - e^{-lambda tau}), c the jumps' cumulant.
                double g = 0.5 * gaussianMean + 0.5 * gaussianVariance * (0.25 - u * u);
                double phi = u * (gaussianMean + 0.5 * gaussianVariance - logStrike);
                double jumpRe = Math.exp(cumulant[0]) * Math.cos(cumulant[1]) - noJump;
                double jumpIm = Math.exp(cumulant[0]) * Math.sin(cumulant[1]);
                double real = Math.exp(g) * (jumpRe * Math.cos(phi) - jumpIm * Math.sin(phi));
                integral += half * weights[i] * real / (u * u + 0.25);
            }
            from = to;
            width = Math.min(2.0 * width, widest);
        }
        double forward = Math.exp(gaussianMean + 0.5 * gaussianVariance + jumps.logMoment());
        double withJumps = forward - noJump * noJumpForward - Math.sqrt(strike) / Math.PI * integral;
        // Quadrature noise must not take a deep out-of-the-money call below its no-arbitrage floor.
        return Math.max(withoutJumps + withJumps, Math.max(forward - strike, 0.0));
    }

    /** E[max(F e^{X - v/2} - K, 0)] for X ~ N(0, v): the undiscounted Black formula. */
    static double lognormalExcess(double forward, double strike, double variance) {
        if (variance <= 0.0) {
            return Math.max(forward - strike, 0.0);
        }
        double sd = Math.sqrt(variance);
        double d1 = (Math.log(forward / strike) + 0.5 * variance) / sd;
        return forward * StandardNormal.cdf(d1) - strike * StandardNormal.cdf(d1 - sd);
    }
}
