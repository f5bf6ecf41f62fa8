package com.suanli.exchange.engine.command;

/**
 * The two sides of a market maker's quote on one instrument. A side with quantity 0 is not
 * quoted; both 0 pulls the quote.
 */
public record QuoteSides(int instrumentId, long bidPrice, long bidQuantity, long askPrice, long askQuantity) {

    public boolean hasBid() {
        return bidQuantity != 0;
    }

    public boolean hasAsk() {
        return askQuantity != 0;
    }
}
