package com.suanli.desk.ui.autoquote;

/**
 * The quote to send: a bid of {@code bidLots} and an offer of {@code askLots}, in ticks. A side of 0 lots is not
 * quoted (the position limit pulled it); the other one is.
 *
 * @param bid at least one tick
 * @param ask strictly above the bid: the quote never crosses itself
 */
public record TwoSidedQuote(long bid, long ask, long bidLots, long askLots) {

    public TwoSidedQuote {
        if (bid < 1) {
            throw new IllegalArgumentException("bid: must be at least 1 tick, was " + bid);
        }
        if (ask <= bid) {
            throw new IllegalArgumentException("ask: must be above the bid " + bid + ", was " + ask);
        }
        if (bidLots < 0 || askLots < 0 || bidLots + askLots < 1) {
            throw new IllegalArgumentException("lots: a side must have at least 1 and neither less than 0, was "
                    + bidLots + " and " + askLots);
        }
    }

    /** Both sides of {@code lots}. */
    public TwoSidedQuote(long bid, long ask, long lots) {
        this(bid, ask, lots, lots);
    }

    /** Whether both sides are quoted at one size. */
    public boolean even() {
        return bidLots == askLots;
    }
}
