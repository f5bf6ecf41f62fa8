package com.suanli.pricing.insurance;

/**
 * Value of a price-spike cover.
 *
 * @param presentValue        Monte Carlo value under the spot model, CNY
 * @param standardError       its standard error
 * @param lognormalStripValue closed-form strip of lognormal caplets: exact without jumps,
 *                            a two-moment approximation with them
 * @param paths               simulated paths
 */
public record PriceSpikeCoverMeasures(double presentValue, double standardError, double lognormalStripValue,
        int paths) {
}
