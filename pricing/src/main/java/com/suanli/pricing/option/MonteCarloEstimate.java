package com.suanli.pricing.option;

/**
 * A Monte Carlo price with its standard error.
 *
 * @param price              control-variate estimate (antithetic pairs, geometric-average control)
 * @param standardError      its standard error
 * @param plainPrice         antithetic estimate without the control variate
 * @param plainStandardError its standard error
 * @param geometricPrice     the same paths' estimate of the geometric-average option, a check
 *                           against its closed form
 * @param geometricStandardError its standard error
 * @param paths              simulated paths (antithetic pairs count twice)
 */
public record MonteCarloEstimate(double price, double standardError, double plainPrice, double plainStandardError,
        double geometricPrice, double geometricStandardError, int paths) {

    /** Price and errors times {@code quantity}; errors scale with its absolute value. */
    public MonteCarloEstimate scaledBy(double quantity) {
        return new MonteCarloEstimate(price * quantity, standardError * Math.abs(quantity), plainPrice * quantity,
                plainStandardError * Math.abs(quantity), geometricPrice * quantity,
                geometricStandardError * Math.abs(quantity), paths);
    }
}
