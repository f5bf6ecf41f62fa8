package com.suanli.exchange.marketdata;

/**
 * One aggregated price level.
 *
 * @param price in ticks, &gt; 0
 * @param quantity displayed lots at the price, &gt; 0
 * @param orderCount orders at the price, &gt; 0
 */
public record DepthLevel(long price, long quantity, int orderCount) {

    public DepthLevel {
        if (price <= 0) {
            throw new IllegalArgumentException("price: must be > 0 ticks, was " + price);
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be > 0 lots, was " + quantity);
        }
        if (orderCount <= 0) {
            throw new IllegalArgumentException("orderCount: must be > 0, was " + orderCount);
        }
    }
}
