package com.suanli.data.trading;

import com.suanli.exchange.engine.event.Aggressor;
import java.util.Objects;

/** A trade as the engine executed it: price in ticks, quantity in lots, time in epoch milliseconds. */
public record TradeRecord(long tradeId, long sequence, long executedAt, int instrumentId, long priceTicks, long quantity,
                          long buyOrderId, long buyAccount, long sellOrderId, long sellAccount, Aggressor aggressor) {

    public TradeRecord {
        Objects.requireNonNull(aggressor, "aggressor");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be > 0, was " + quantity);
        }
        if (priceTicks <= 0) {
            throw new IllegalArgumentException("priceTicks: must be > 0, was " + priceTicks);
        }
    }
}
