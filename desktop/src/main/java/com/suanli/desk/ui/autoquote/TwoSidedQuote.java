package com.suanli.desk.ui.autoquote;

/**
 * The quote to send: a bid and an offer of {@code lots} each, in ticks.
 *
 * @param bid at least one tick
 * @param ask strictly above the bid: the quote never crosses itself
 */
public record TwoSidedQuote(long bid, long ask, long lots) {

    public TwoSidedQuote {
        if (bid < 1) {
            throw new IllegalArgumentException("bid: must be at least 1 tick, was " + bid);
        }
        if (ask <= bid) {
            throw new IllegalArgumentException("ask: must be above the bid " + bid + ", was " + ask);
        }
        if (lots < 1) {
            throw new IllegalArgumentException("lots: must be at least 1, was " + lots);
        }
    }
}
