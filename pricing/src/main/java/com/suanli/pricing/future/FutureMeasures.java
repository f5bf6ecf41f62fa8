package com.suanli.pricing.future;

/**
 * Mark-to-market of a futures trade.
 *
 * @param price the fair futures price (expected delivery-month average)
 * @param pv    (price - trade price) x quantity: the variation margin owed to the holder
 *              since the trade; futures are margined daily, so nothing is discounted
 * @param delta dPV / d(forward curve level in the delivery month), GPU-hours
 */
public record FutureMeasures(double price, double pv, double delta) {
}
