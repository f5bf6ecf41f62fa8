package com.suanli.exchange.book;

import java.util.Objects;

/**
 * One resting order exactly as a book keeps it, for a snapshot: enough to put it back in the
 * same queue with the same visible slice, hidden reserve and time priority.
 *
 * @param stp the self-trade mode it rests with ({@code NONE} when it rested in a call auction)
 * @param open everything still open, hidden iceberg reserve included
 * @param visible the slice showing in its level
 * @param displaySize the iceberg's slice size, 0 for a plain order
 * @param priority the time-priority stamp of the order or of its current slice
 */
public record RestingOrderImage(long id, long account, long stpGroup, SelfTradePrevention stp, Side side, long price,
                                long open, long visible, long displaySize, long priority) {

    public RestingOrderImage {
        Objects.requireNonNull(stp, "stp");
        Objects.requireNonNull(side, "side");
        if (open <= 0 || visible <= 0 || visible > open) {
            throw new IllegalArgumentException("visible: order " + id + " shows " + visible + " of " + open
                    + " open; a resting order shows 1 to all of its open quantity");
        }
        if (displaySize < 0) {
            throw new IllegalArgumentException("displaySize: order " + id + " has " + displaySize + ", must be >= 0");
        }
    }
}
