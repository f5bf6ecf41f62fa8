package com.suanli.pricing.future;

/**
 * The market's expectation of a window's average daily index, split into what is already
 * fixed and what still floats.
 *
 * @param expectedAverage (sum of published fixings + sum of forward prices for the rest) / days
 * @param fixedDays       days whose index is already published
 * @param totalDays       days in the window
 */
public record AverageEstimate(double expectedAverage, int fixedDays, int totalDays) {

    /** Share of the average still exposed to the forward curve: d(average) / d(forward). */
    public double floatingWeight() {
        return (double) (totalDays - fixedDays) / totalDays;
    }
}
