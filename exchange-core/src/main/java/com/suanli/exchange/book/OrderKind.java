package com.suanli.exchange.book;

/** How the book treats an incoming order once it has matched what it can. */
public enum OrderKind {
    /** Matches up to its limit and rests the remainder (GTC, GTD and DAY are the engine's). */
    LIMIT,
    /** Matches up to its limit; the remainder is rejected. */
    IOC,
    /** Fills completely at or better than its limit, or not at all. */
    FOK,
    /** The price is a budget for the whole size: fills completely within it, or not at all. */
    FOK_BUDGET,
    /** Rests only: rejected whole if any part would match on arrival. */
    POST_ONLY
}
