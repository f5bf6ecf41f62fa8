package com.suanli.pricing.option;

/**
 * Black-76 value and sensitivities of one option on one unit of the underlying future.
 *
 * @param pv    present value (price units per unit of underlying)
 * @param delta dV/dF, discounted
 * @param gamma d2V/dF2
 * @param vega  dV/dsigma for an absolute change of 1.00 (100 vol points) in volatility
 * @param theta dV/dt as calendar time passes, per year (divide by 365 for one day)
 * @param rho   dV/dr for an absolute change of 1.00 in the continuously compounded rate
 */
public record Black76Greeks(double pv, double delta, double gamma, double vega, double theta, double rho) {
}
