package com.suanli.pricing.option;

import com.suanli.pricing.basics.InputRefused;
import com.suanli.pricing.math.StandardNormal;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Black (1976) formula for European options on a futures price.
 *
 * <p>With forward (futures) price F, strike K, time to expiry T (years, ACT/365F), lognormal
 * volatility sigma and continuously compounded rate r, the premium paid at trade and the
 * payoff at expiry give
 * {@code call = e^{-rT} [F N(d1) - K N(d2)]}, {@code put = e^{-rT} [K N(-d2) - F N(-d1)]},
 * {@code d1 = [ln(F/K) + sigma^2 T / 2] / (sigma sqrt T)}, {@code d2 = d1 - sigma sqrt T}.
 * Compute is non-storable, so F is the market's futures price for the delivery month: no
 * cost-of-carry link to a spot price exists or is assumed.
 *
 * <p>Stateless; use {@link #DEFAULT}. Designed for the hot path: no allocation besides the
 * result record; two exponentials (discount factor and the Gaussian kernel of d1, which
 * also gives n(d2) = n(d1) F / K), one logarithm and one square root per call.
 */
public final class Black76 {

    public static final Black76 DEFAULT = new Black76();

    private static final double MIN_VOL = 1e-9;
    private static final double MAX_VOL = 20.0;
    private static final double IMPLIED_VOL_ACCURACY = 1e-12;
    private static final int IMPLIED_VOL_MAX_EVALUATIONS = 500;

    private Black76() {
    }

    /** Premium of one option on one unit of the future. */
    public double price(PutCall putCall, double forward, double strike, double expiry, double vol, double rate) {
        validate(forward, strike, expiry, vol);
        double df = Math.exp(-rate * expiry);
        double sd = vol * Math.sqrt(expiry);
        if (sd <= 0.0) {
            return df * putCall.payoff(forward, strike);
        }
        double moneyness = forward / strike;
        double d1 = (Math.log(moneyness) + 0.5 * sd * sd) / sd;
        double d2 = d1 - sd;
        // n(d2) = n(d1) F / K: one exponential serves both distribution values.
        double kernel1 = StandardNormal.kernel(d1);
        double kernel2 = kernel1 * moneyness;
        if (putCall.isCall()) {
            return df * (forward * StandardNormal.cdf(d1, kernel1) - strike * StandardNormal.cdf(d2, kernel2));
        }
        return df * (strike * StandardNormal.cdf(-d2, kernel2) - forward * StandardNormal.cdf(-d1, kernel1));
    }

    /** Premium and Greeks of one option on one unit of the future. */
    public OptionGreeks greeks(PutCall putCall, double forward, double strike, double expiry, double vol, double rate) {
        validate(forward, strike, expiry, vol);
        double df = Math.exp(-rate * expiry);
        double sqrtT = Math.sqrt(expiry);
        double sd = vol * sqrtT;
        if (sd <= 0.0) {
            return intrinsicGreeks(putCall, forward, strike, expiry, rate, df);
        }
        double moneyness = forward / strike;
        double d1 = (Math.log(moneyness) + 0.5 * sd * sd) / sd;
        double d2 = d1 - sd;
        double kernel1 = StandardNormal.kernel(d1);
        double kernel2 = kernel1 * moneyness;
        double nd1 = StandardNormal.pdfFromKernel(kernel1);
        double pv;
        double delta;
        if (putCall.isCall()) {
            double cdfD1 = StandardNormal.cdf(d1, kernel1);
            pv = df * (forward * cdfD1 - strike * StandardNormal.cdf(d2, kernel2));
            delta = df * cdfD1;
        } else {
            double cdfMinusD1 = StandardNormal.cdf(-d1, kernel1);
            pv = df * (strike * StandardNormal.cdf(-d2, kernel2) - forward * cdfMinusD1);
            delta = -df * cdfMinusD1;
        }
        double gamma = df * nd1 / (forward * sd);
        double vega = df * forward * nd1 * sqrtT;
        double theta = -df * forward * nd1 * vol / (2.0 * sqrtT) + rate * pv;
        double rho = -expiry * pv;
        return new OptionGreeks(pv, delta, gamma, vega, theta, rho);
    }

    /**
     * The lognormal volatility that reproduces {@code premium}, found with Commons Math's Brent
     * solver on [1e-9, 20]. Fails with a clear message when the premium is outside the
     * no-arbitrage bounds (below the discounted intrinsic value or above the discounted
     * forward for a call / strike for a put).
     */
    public double impliedVolatility(PutCall putCall, double forward, double strike, double expiry,
            double rate, double premium) {
        validate(forward, strike, expiry, MIN_VOL);
        if (!(expiry > 0.0)) {
            throw new IllegalArgumentException("expiry: must be positive to imply a volatility, was " + expiry);
        }
        double df = Math.exp(-rate * expiry);
        double lower = df * putCall.payoff(forward, strike);
        double upper = df * (putCall.isCall() ? forward : strike);
        if (!(premium > lower && premium < upper)) {
            throw new InputRefused("premium", InputRefused.Rule.OUTSIDE_NO_ARBITRAGE, "premium: " + premium
                    + " is outside the no-arbitrage bounds (" + lower + ", " + upper + ") for " + putCall + " F="
                    + forward + " K=" + strike, premium, lower, upper);
        }
        double lowPremium = price(putCall, forward, strike, expiry, MIN_VOL, rate);
        if (premium <= lowPremium) {
            return MIN_VOL;
        }
        BrentSolver solver = new BrentSolver(IMPLIED_VOL_ACCURACY, IMPLIED_VOL_ACCURACY, IMPLIED_VOL_ACCURACY * 1e-3);
        try {
            return solver.solve(IMPLIED_VOL_MAX_EVALUATIONS,
                    vol -> price(putCall, forward, strike, expiry, vol, rate) - premium, MIN_VOL, MAX_VOL);
        } catch (MathIllegalStateException e) {
            InputRefused refused = new InputRefused("premium", InputRefused.Rule.NO_IMPLIED_VOLATILITY,
                    "premium: no volatility in [" + MIN_VOL + ", " + MAX_VOL + "] reproduces " + premium + " ("
                    + e.getMessage() + ")", premium);
            refused.initCause(e);
            throw refused;
        }
    }

    private static OptionGreeks intrinsicGreeks(PutCall putCall, double forward, double strike, double expiry,
            double rate, double df) {
        double pv = df * putCall.payoff(forward, strike);
        double inTheMoney = putCall.sign() * (forward - strike) > 0.0 ? 1.0 : 0.0;
        double delta = df * putCall.sign() * inTheMoney;
        return new OptionGreeks(pv, delta, 0.0, 0.0, rate * pv, -expiry * pv);
    }

    private static void validate(double forward, double strike, double expiry, double vol) {
        if (!(forward > 0.0) || Double.isInfinite(forward)) {
            throw new IllegalArgumentException("forward: must be positive and finite, was " + forward);
        }
        if (!(strike > 0.0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException("strike: must be positive and finite, was " + strike);
        }
        if (!(expiry >= 0.0) || Double.isInfinite(expiry)) {
            throw new IllegalArgumentException("expiry: must be non-negative and finite (years), was " + expiry);
        }
        if (!(vol >= 0.0) || Double.isInfinite(vol)) {
            throw new IllegalArgumentException("vol: must be non-negative and finite, was " + vol);
        }
    }
}
