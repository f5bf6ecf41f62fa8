package com.suanli.exchange.engine.event;

/**
 * A call auction ended: {@code volume} lots traded, all at {@code price}, which is also the new
 * reference price; {@code surplus} is the unmatched quantity at that price.
 */
public record AuctionUncrossed(long sequence, long timestamp, int instrumentId, long price, long volume,
                               long surplus) implements ExchangeEvent {

    static final int TAG = 10;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putInt(instrumentId);
        out.putLong(price);
        out.putLong(volume);
        out.putLong(surplus);
    }
}
