package com.suanli.desk.ui.replay;

import java.math.BigDecimal;
import java.util.Objects;

/** A price level of the replayed book: lots bid and offered there (one of them 0). */
public record LadderLevel(BigDecimal price, long bidLots, long askLots) {

    public LadderLevel {
        Objects.requireNonNull(price, "price");
    }
}
