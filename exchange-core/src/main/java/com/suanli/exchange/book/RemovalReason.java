package com.suanli.exchange.book;

/** Why an order or the unfilled remainder of one left the book without trading. */
public enum RemovalReason {
    /** Cancelled by its owner (cancel, mass cancel, or reduced to nothing). */
    CANCELLED,
    /** The remainder of an immediate-or-cancel order. */
    IOC_REMAINDER,
    /** A fill-or-kill (or budget fill-or-kill) order that could not fill whole. */
    FOK_UNFILLED,
    /** A post-only order that would have matched on arrival. */
    POST_ONLY_WOULD_CROSS,
    /** The remainder of an order whose id was already resting. */
    DUPLICATE_ORDER_ID,
    /** Self-trade prevention. */
    SELF_TRADE
}
