package com.suanli.pricing.insurance;

/**
 * Value of a price-spike cover.
 *
 * @param presentValue  Monte Carlo value under the spot model, CNY
 * @param standardError its standard error
 * @param stripValue    closed-form strip of caplets under the same model (exact, jumps included)
 * @param paths         simulated paths
 */
public record PriceSpikeCoverMeasures(double presentValue, double standardError, double stripValue,
        int paths) {
}
