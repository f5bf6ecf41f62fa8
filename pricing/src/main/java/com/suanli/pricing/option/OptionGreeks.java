package com.suanli.pricing.option;

/**
 * Value and sensitivities of an option position, per unit of the underlying from {@link
 * Black76} or scaled to a trade's size by a pricer.
 *
 * @param pv    present value
 * @param delta dV/dF, discounted
 * @param gamma d2V/dF2
 * @param vega  dV/dsigma for an absolute change of 1.00 (100 vol points) in volatility
 * @param theta dV/dt as calendar time passes, per year (divide by 365 for one day)
 * @param rho   dV/dr for an absolute change of 1.00 in the continuously compounded rate
 */
public record OptionGreeks(double pv, double delta, double gamma, double vega, double theta, double rho) {

    public static final OptionGreeks ZERO = new OptionGreeks(0, 0, 0, 0, 0, 0);

    /** Every measure times {@code quantity} (signed: negative for a short position). */
    public OptionGreeks scaledBy(double quantity) {
        return new OptionGreeks(pv * quantity, delta * quantity, gamma * quantity, vega * quantity,
                theta * quantity, rho * quantity);
    }

    /** Measure-by-measure sum, for aggregating positions. */
    public OptionGreeks plus(OptionGreeks other) {
        return new OptionGreeks(pv + other.pv, delta + other.delta, gamma + other.gamma, vega + other.vega,
                theta + other.theta, rho + other.rho);
    }
}
