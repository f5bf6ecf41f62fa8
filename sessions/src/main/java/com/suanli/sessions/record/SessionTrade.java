package com.suanli.sessions.record;

import com.suanli.exchange.engine.event.Aggressor;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/** A trade of a recorded session as exported: Shanghai time, the contract's symbol, price in CNY a unit, lots. */
public record SessionTrade(long tradeId, long sequence, LocalDateTime time, String symbol, int instrumentId,
                           BigDecimal price, long quantity, long buyAccount, long sellAccount, Aggressor aggressor) {

    public SessionTrade {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(aggressor, "aggressor");
    }
}
