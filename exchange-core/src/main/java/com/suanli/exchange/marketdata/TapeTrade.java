package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.Side;

import java.util.Objects;

/**
 * One trade on the tape.
 *
 * @param seq the trade's sequence number
 * @param timeMillis trade time, epoch milliseconds
 * @param price in ticks, &gt; 0
 * @param quantity in lots, &gt; 0
 * @param aggressor the side of the order that took liquidity
 */
public record TapeTrade(long seq, long timeMillis, long price, long quantity, Side aggressor) {

    public TapeTrade {
        requireTrade(price, quantity, aggressor);
    }

    /** The checks every trade input gets, on the tape and in bars. */
    static void requireTrade(long price, long quantity, Side aggressor) {
        if (price <= 0) {
            throw new IllegalArgumentException("price: must be > 0 ticks, was " + price);
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be > 0 lots, was " + quantity);
        }
        Objects.requireNonNull(aggressor, "aggressor");
    }
}
