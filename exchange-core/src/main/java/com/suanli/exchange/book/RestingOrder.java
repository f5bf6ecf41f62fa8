package com.suanli.exchange.book;

/**
 * A resting order as the fast book keeps it: a pooled, mutable node of its level's
 * intrusive FIFO queue. Never leaves the package; the book recycles it once it is gone.
 */
final class RestingOrder {
    long id;
    long account;
    long stpGroup;
    SelfTradePrevention stp;
    Side side;
    long price;
    /** Everything still open, hidden iceberg reserve included. */
    long open;
    /** The slice that shows in the level; equals {@link #open} for a plain order. */
    long visible;
    /** Iceberg slice size, 0 for a plain order. */
    long displaySize;
    /** When this order (or its current slice) joined the back of its level: its time priority. */
    long sequence;
    PriceLevel level;
    RestingOrder prev;
    RestingOrder next;

    long nextSlice() {
        return displaySize == 0 ? open : Math.min(displaySize, open);
    }
}
