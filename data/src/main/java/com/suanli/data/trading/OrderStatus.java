package com.suanli.data.trading;

/** Where an order stands, as its latest event left it. */
public enum OrderStatus {
    /** Accepted, not yet resting (a held stop, or an order about to trade or rest). */
    ACCEPTED,
    /** Resting in the book, possibly partly filled. */
    WORKING,
    FILLED,
    CANCELLED;

    /** Whether the order can still trade. */
    public boolean isLive() {
        return this == ACCEPTED || this == WORKING;
    }
}
