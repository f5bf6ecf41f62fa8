package com.suanli.pricing.option;

import java.util.Objects;

/**
 * A quoted value of an average-price option and how it was obtained: the analytic
 * ({@link ArithmeticAverageFormula}, standard error 0) where it was checked, Monte Carlo with
 * its standard error elsewhere.
 *
 * @param price         value (per unit of the inputs, or for the whole trade once scaled)
 * @param standardError Monte Carlo standard error of {@code price}; 0 for the analytic
 * @param method        how the value was obtained
 */
public record AverageOptionQuote(double price, double standardError, Method method) {

    /** How a quote was obtained. */
    public enum Method {
        ANALYTIC,
        MONTE_CARLO
    }

    /** The quote of an option already paid: nothing left, known exactly. */
    public static final AverageOptionQuote WORTHLESS = new AverageOptionQuote(0.0, 0.0, Method.ANALYTIC);

    public AverageOptionQuote {
        Objects.requireNonNull(method, "method: must not be null");
        if (!(standardError >= 0.0)) {
            throw new IllegalArgumentException("standardError: must be non-negative, was " + standardError);
        }
    }

    /** Price and standard error times {@code quantity}; the error scales with its absolute value. */
    public AverageOptionQuote scaledBy(double quantity) {
        return new AverageOptionQuote(price * quantity, standardError * Math.abs(quantity), method);
    }
}
