package com.suanli.pricing.risk;

/**
 * The P&amp;L between two closes split by cause, in CNY. {@code actual} is the book's value on day
 * two minus its value on day one; {@code unexplained} is whatever the other terms leave, so
 * {@link #explained()} {@code + unexplained == actual} by construction.
 *
 * @param theta        one day of time on the day-one book with the market held still
 * @param delta        sum over buckets of day-one bucket delta x forward change
 * @param gamma        sum over buckets of half the day-one bucket gamma x forward change squared
 * @param vega         sum over buckets of day-one bucket vega x the change of the at-the-money
 *                     volatility for an expiry on the eve of the delivery month
 * @param newTrades    day-two value of the trades day one did not hold
 * @param closedTrades minus the day-one value of the trades day two no longer holds
 */
public record PnlExplain(double actual, double theta, double delta, double gamma, double vega,
                         double newTrades, double closedTrades, double unexplained) {

    public double explained() {
        return theta + delta + gamma + vega + newTrades + closedTrades;
    }
}
