package com.suanli.exchange.engine.event;

/** The top of the book after a command; an empty side has price 0 and quantity 0. */
public record BestBidOfferChanged(long sequence, long timestamp, int instrumentId, long bidPrice, long bidQuantity,
                                  long askPrice, long askQuantity) implements ExchangeEvent {

    static final int TAG = 11;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putInt(instrumentId);
        out.putLong(bidPrice);
        out.putLong(bidQuantity);
        out.putLong(askPrice);
        out.putLong(askQuantity);
    }
}
