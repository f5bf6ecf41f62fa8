package com.suanli.pricing.risk;

import java.util.List;
import java.util.Objects;

/** A price run: trades to value, one by one, on a market. */
public record PriceRequest(MarketSnapshot market, List<Position> trades) {

    public PriceRequest {
        Objects.requireNonNull(market, "market");
        trades = List.copyOf(Objects.requireNonNull(trades, "trades"));
    }
}
