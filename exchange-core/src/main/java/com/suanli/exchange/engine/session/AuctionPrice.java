package com.suanli.exchange.engine.session;

/**
 * The outcome of the call-auction price rule.
 *
 * @param price the uncross price in ticks
 * @param volume lots that trade at that price
 * @param surplus unmatched lots at that price (the imbalance), on whichever side has more
 */
public record AuctionPrice(long price, long volume, long surplus) {

    public AuctionPrice {
        if (price <= 0) {
            throw new IllegalArgumentException("price: must be > 0, was " + price);
        }
        if (volume <= 0) {
            throw new IllegalArgumentException("volume: must be > 0, was " + volume);
        }
        if (surplus < 0) {
            throw new IllegalArgumentException("surplus: must be >= 0, was " + surplus);
        }
    }
}
