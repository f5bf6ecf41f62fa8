package com.suanli.exchange.settlement;

import com.suanli.exchange.engine.event.SettlementMethod;

import java.util.Objects;

/**
 * A daily settlement price and the facts it was found from, which are published with it.
 *
 * @param price ticks, &gt; 0
 * @param method the method the rule took
 * @param windowLots lots traded in the closing window
 * @param bestBid the best bid at the close, 0 if none
 * @param bestAsk the best offer at the close, 0 if none
 */
public record SettlementPrice(long price, SettlementMethod method, long windowLots, long bestBid, long bestAsk) {

    public SettlementPrice {
        Objects.requireNonNull(method, "method");
        if (price <= 0) {
            throw new IllegalArgumentException("price: must be > 0, was " + price);
        }
    }
}
