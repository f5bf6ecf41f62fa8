package com.suanli.pricing.option;

import com.suanli.pricing.math.StandardNormal;

/**
 * Price of an option on the arithmetic average of lognormal fixings ({@link AverageOptionInputs}):
 * conditioning on one Gaussian factor, after Curran, "Valuing Asian and portfolio options by
 * conditioning on the geometric mean price", Management Science 40(12) (1994), and Rogers and
 * Shi, "The value of an Asian option", J. Applied Probability 32 (1995), plus the second-order
 * term of what the conditioning leaves out. It holds at compute volatilities where a two-moment
 * lognormal (Turnbull-Wakeman) misses by several percent.
 *
 * <p>Days already fixed, and days fixing today (time 0), are known: their sum shifts the strike
 * the rest must beat, {@code K' = K - known / n}; when {@code K' <= 0} the call is exercised for
 * sure (worth the discounted forward intrinsic) and the put is worthless. Each remaining fixing
 * is {@code S_i = F_i exp(vol W(t_i) - vol^2 t_i / 2)}. Given the forward-weighted Brownian
 * average {@code Z = sum a_i W(t_i)}, {@code a_i = F_i / sum F}, standardised to {@code z}, the
 * expected average {@code h(z) = (1/n) sum F_i exp(b_i z - b_i^2 / 2)} ({@code b_i} the
 * covariance of {@code ln S_i} with {@code z}) increases in {@code z}. Two parts:
 * <ol>
 *   <li>{@code E[(h(z) - K')^+]} in closed form once Newton finds {@code h(z*) = K'}: Curran's
 *   formula with forward weights (Curran weights equally; with a sloped curve or fixed days the
 *   forward weights follow the average more closely). It is a lower bound (Jensen).</li>
 *   <li>The average's spread around {@code h(z)} smooths the kink at {@code z*}: to second
 *   order it adds {@code Var(A | z*) n(z*) / (2 h'(z*))}, the conditional variance at the
 *   exercise boundary times the density of {@code h(z)} at the strike. The conditional
 *   covariances {@code C_ij = vol^2 min(t_i, t_j) - b_i b_j} are rewritten without the large
 *   common variance (so nothing cancels), and the double sum over fixing pairs runs in O(n)
 *   per term of the series of {@code exp(-d_i d_j)}, its only non-separable factor.</li>
 * </ol>
 * Checked against Linetsky's exact continuous-average values to 1e-5, against Monte Carlo
 * over volatilities 10-150%, strikes 0.6-1.5 of the forward, 5-31 fixings and 0-90% of the
 * month fixed, and deep out of the money against exact integration, where the third-order
 * term it leaves out shows below a millionth of the forward (tests; docs/BENCHMARKS.md).
 * {@link #covers} says where it was checked; beyond, quote by Monte Carlo
 * ({@link AveragePriceOptionPricer#quote}). O(n): a few microseconds.
 */
public final class ArithmeticAverageFormula {

    public static final ArithmeticAverageFormula DEFAULT = new ArithmeticAverageFormula();

    /**
     * Largest log-variance across the averaging window, {@code vol^2 (last - first unfixed
     * fixing time)}, where the formula is checked against Monte Carlo: a 31-day month at 150%
     * is 0.19; the analytic stays within 0.4% of Monte Carlo up to 4.0 (docs/BENCHMARKS.md).
     */
    public static final double MAX_AVERAGING_VARIANCE = 2.0;
    /**
     * Largest total log-variance {@code vol^2 t_last}: the domain's months reach 2.4 (150% a
     * year out); a month four years out at 150% (9.2, just beyond) stays within 0.1% of Monte Carlo.
     */
    public static final double MAX_TOTAL_VARIANCE = 9.0;

    /** The boundary is searched in [-Z_LIMIT, Z_LIMIT]: beyond, N(z) is 0 or 1 in doubles. */
    private static final double Z_LIMIT = 38.0;
    private static final int MAX_NEWTON_STEPS = 100;
    /** Fixing gaps this close (years) count as the same step: 3e-5 seconds. */
    private static final double SAME_GAP = 1e-12;
    /** Newton steps this small are the last: the step after would be about its square. */
    private static final double FINAL_STEP = 1e-7;
    /** A Newton step moving every exponent b_i z by at most this updates x by a series, not exponentials. */
    private static final double SMALL_MOVE = 1e-2;
    private static final double SERIES_TOLERANCE = 1e-17;
    private static final int MAX_SERIES_TERMS = 400;

    private ArithmeticAverageFormula() {
    }

    /** Whether the inputs lie inside the region the formula was checked in against Monte Carlo. */
    public boolean covers(AverageOptionInputs in) {
        int n = in.fixings();
        int first = firstUnknown(in);
        if (first == n) {
            return true;
        }
        double vol2 = in.vol() * in.vol();
        double last = in.fixingTime(n - 1);
        return vol2 * (last - in.fixingTime(first)) <= MAX_AVERAGING_VARIANCE && vol2 * last <= MAX_TOTAL_VARIANCE;
    }

    public double price(AverageOptionInputs in) {
        int n = in.fixings();
        double discount = Math.exp(-in.rate() * in.expiry());
        int first = firstUnknown(in);
        double known = 0.0;
        for (int i = 0; i < first; i++) {
            known += in.forward(i);
        }
        known /= n;
        double expectedRest = 0.0;
        for (int i = first; i < n; i++) {
            expectedRest += in.forward(i);
        }
        expectedRest /= n;
        double strike = in.strike() - known;
        if (first == n || strike <= 0.0) {
            // Nothing left to chance, or the known days alone reach the strike: the payoff is linear in the average.
            return discount * in.putCall().payoff(known + expectedRest, in.strike());
        }
        return discount * new Conditioning(in, first, strike).price();
    }

    /** Fixings are in time order and known days have time 0, so the unknown ones are a suffix. */
    private static int firstUnknown(AverageOptionInputs in) {
        int n = in.fixings();
        if (!(in.vol() > 0.0)) {
            return n;
        }
        int first = 0;
        while (first < n && in.fixingTime(first) <= 0.0) {
            first++;
        }
        return first;
    }

    /** The unknown fixings of one valuation, conditioned on the forward-weighted Brownian average. */
    private static final class Conditioning {

        private final PutCall putCall;
        private final double strike;
        private final int m;
        /** F_i / n: each fixing's weight in the average times its forward. */
        private final double[] weight;
        /** Covariance of ln S_i with the standardised factor z. */
        private final double[] b;
        /** The part of b_i that differs between fixings, vol (c_i - v) / sd(Z). */
        private final double[] d;
        /** exp(g_i) with g_i + g_j = vol^2 (v - c_i - c_j): the separable part of C_ij. */
        private final double[] expG;
        /** exp(vol^2 tau_i), tau_i = t_i - t_first: the part of C_ij set by the earlier fixing. */
        private final double[] expTau;
        /** Conditional expected fixings at the current z, times their weights. */
        private final double[] x;

        Conditioning(AverageOptionInputs in, int first, double strike) {
            this.putCall = in.putCall();
            this.strike = strike;
            int n = in.fixings();
            m = n - first;
            weight = new double[m];
            b = new double[m];
            d = new double[m];
            expG = new double[m];
            expTau = new double[m];
            x = new double[m];
            double vol = in.vol();
            double vol2 = vol * vol;
            double t1 = in.fixingTime(first);
            double forwardSum = 0.0;
            for (int i = 0; i < m; i++) {
                forwardSum += in.forward(first + i);
            }
            // c_i = sum_j a_j min(tau_i, tau_j) = (sum over earlier j of a_j tau_j) + tau_i (sum over j >= i of a_j),
            // kept in d until v is known.
            double[] c = d;
            double earlierWeightedTau = 0.0;
            double laterWeight = 1.0;
            double v = 0.0;
            double previousTau = 0.0;
            double gap = Double.NaN;
            double gapGrowth = 1.0;
            for (int i = 0; i < m; i++) {
                double a = in.forward(first + i) / forwardSum;
                double tau = in.fixingTime(first + i) - t1;
                c[i] = earlierWeightedTau + tau * laterWeight;
                earlierWeightedTau += a * tau;
                laterWeight -= a;
                v += a * c[i];
                weight[i] = in.forward(first + i) / n;
                // Daily fixings are evenly spaced: one exponential serves every step of the same length.
                if (!(Math.abs(tau - previousTau - gap) <= SAME_GAP)) {
                    gap = tau - previousTau;
                    gapGrowth = Math.exp(vol2 * gap);
                }
                expTau[i] = i == 0 ? 1.0 : expTau[i - 1] * gapGrowth;
                previousTau = tau;
            }
            double sdZ = Math.sqrt(t1 + v);
            double volPerSd = vol / sdZ;
            for (int i = 0; i < m; i++) {
                b[i] = volPerSd * (t1 + c[i]);
                expG[i] = Math.exp(vol2 * (0.5 * v - c[i]));
                d[i] = volPerSd * (c[i] - v);
            }
        }

        double price() {
            double z = boundary();
            // exp(-(b_i - z)^2 / 2) = exp(-z^2 / 2) x_i / weight_i: the kernels of N(b_i - z) cost no exponential.
            double zKernel = Math.exp(-0.5 * z * z);
            double lowerBound = 0.0;
            double slope = 0.0;
            for (int i = 0; i < m; i++) {
                double kernel = zKernel * (x[i] / weight[i]);
                if (!(kernel <= 1.0)) {
                    kernel = StandardNormal.kernel(b[i] - z);
                }
                lowerBound += weight[i] * (putCall.isCall() ? StandardNormal.cdf(b[i] - z, kernel)
                        : -StandardNormal.cdf(z - b[i], kernel));
                slope += x[i] * b[i];
            }
            lowerBound += putCall.isCall() ? -strike * StandardNormal.cdf(-z, zKernel) : strike * StandardNormal.cdf(z, zKernel);
            double smoothing = 0.5 * conditionalVariance() * StandardNormal.pdfFromKernel(zKernel) / slope;
            return Math.max(lowerBound, 0.0) + smoothing;
        }

        /**
         * The z where h(z) = strike, by Newton on ln h (increasing and convex, so the steps
         * close in from above after the first), from the lognormal guess; clamped where N(z)
         * is 0 or 1 in doubles. A step below FINAL_STEP leaves an error of about its square:
         * it is taken without another pass, x moving along to second order in it.
         */
        private double boundary() {
            double mean = 0.0;
            double slope = 0.0;
            double largestB = 0.0;
            for (int i = 0; i < m; i++) {
                mean += weight[i];
                slope += weight[i] * b[i];
                largestB = Math.max(largestB, b[i]);
            }
            double beta = slope / mean;
            double z = clamp((Math.log(strike / mean) + 0.5 * beta * beta) / beta);
            for (int i = 0; i < m; i++) {
                x[i] = weight[i] * Math.exp(b[i] * (z - 0.5 * b[i]));
            }
            for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
                double h = 0.0;
                double dh = 0.0;
                for (int i = 0; i < m; i++) {
                    h += x[i];
                    dh += x[i] * b[i];
                }
                double next = clamp(z - Math.log(h / strike) * h / dh);
                double moved = next - z;
                if (Math.abs(moved) <= FINAL_STEP * (1.0 + Math.abs(z))) {
                    for (int i = 0; i < m; i++) {
                        double e = b[i] * moved;
                        x[i] *= 1.0 + e * (1.0 + 0.5 * e);
                    }
                    return next;
                }
                if (Math.abs(moved) * largestB <= SMALL_MOVE) {
                    // x_i grows by exp(b_i moved): five terms of its series are exact to 1e-15 here.
                    for (int i = 0; i < m; i++) {
                        double e = b[i] * moved;
                        x[i] *= 1.0 + e * (1.0 + e * (0.5 + e * (1.0 / 6 + e * (1.0 / 24 + e / 120))));
                    }
                } else {
                    for (int i = 0; i < m; i++) {
                        x[i] = weight[i] * Math.exp(b[i] * (next - 0.5 * b[i]));
                    }
                }
                z = next;
            }
            throw new IllegalStateException("average option: no exercise boundary after " + MAX_NEWTON_STEPS
                    + " Newton steps (strike " + strike + ")");
        }

        private static double clamp(double z) {
            return Math.max(-Z_LIMIT, Math.min(Z_LIMIT, z));
        }

        /**
         * Var(A | z) = sum_ij x_i x_j (exp(C_ij) - 1) with C_ij = vol^2 min(tau_i, tau_j) + g_i
         * + g_j - d_i d_j. Expanding exp(-d_i d_j) = sum_k (-d_i d_j)^k / k! leaves in each term
         * a sum over pairs of y_i y_j exp(vol^2 min(tau_i, tau_j)), one pass from the last fixing.
         */
        private double conditionalVariance() {
            double[] y = new double[m];
            double mean = 0.0;
            for (int i = 0; i < m; i++) {
                y[i] = x[i] * expG[i];
                mean += x[i];
            }
            double secondMoment = 0.0;
            double coefficient = 1.0;
            for (int k = 0; k < MAX_SERIES_TERMS; k++) {
                double pairs = 0.0;
                double later = 0.0;
                for (int i = m - 1; i >= 0; i--) {
                    pairs += y[i] * expTau[i] * (y[i] + 2.0 * later);
                    later += y[i];
                }
                double term = coefficient * pairs;
                secondMoment += term;
                if (Math.abs(term) <= SERIES_TOLERANCE * Math.abs(secondMoment)) {
                    break;
                }
                for (int i = 0; i < m; i++) {
                    y[i] *= d[i];
                }
                coefficient /= -(k + 1.0);
            }
            return Math.max(secondMoment - mean * mean, 0.0);
        }
    }
}
