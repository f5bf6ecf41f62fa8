package com.suanli.pricing.future;

import java.time.LocalDate;
import java.util.Objects;

/** A futures trade: lots bought (positive) or sold (negative) at a price on a date. */
public record FutureTrade(ComputeFuture future, LocalDate tradeDate, long lots, double price) {

    public FutureTrade {
        Objects.requireNonNull(future, "future: must not be null");
        Objects.requireNonNull(tradeDate, "tradeDate: must not be null");
        if (lots == 0) {
            throw new IllegalArgumentException("lots: must not be zero");
        }
        if (!(price > 0.0) || Double.isInfinite(price)) {
            throw new IllegalArgumentException("price: must be positive and finite, was " + price);
        }
    }

    public ResolvedFutureTrade resolve() {
        return new ResolvedFutureTrade(future.underlying(), future.deliveryStart(), future.deliveryEnd(),
                lots * future.lotSize(), price);
    }
}
