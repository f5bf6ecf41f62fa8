package com.suanli.desk.ui.replay;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One contract of the replayed market at the cursor: its trading session, the best bid and offer with their
 * lots, the last trade (CNY a unit) and the lots traded that day. A side without orders is empty.
 */
public record ReplayRow(int instrumentId, String symbol, String session, Optional<BigDecimal> bid, long bidLots,
                        Optional<BigDecimal> ask, long askLots, Optional<BigDecimal> last, long volumeToday) {

    public ReplayRow {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(last, "last");
    }
}
