package com.suanli.desk.ui.chart;

import com.suanli.exchange.engine.event.Aggressor;
import java.util.Objects;

/** A trade of one instrument as the desk recorded it: what a chart needs from history. Price in ticks. */
public record ArchivedTrade(long tradeId, long timestamp, long price, long quantity, Aggressor aggressor) {

    public ArchivedTrade {
        Objects.requireNonNull(aggressor, "aggressor");
        if (price <= 0 || quantity <= 0) {
            throw new IllegalArgumentException("trade " + tradeId + ": price and quantity must be positive, were "
                    + price + " and " + quantity);
        }
    }
}
