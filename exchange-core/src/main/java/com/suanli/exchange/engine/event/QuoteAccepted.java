package com.suanli.exchange.engine.event;

/**
 * A market maker's quote replaced the previous one; each present side became an order
 * (id 0 for a side not quoted).
 */
public record QuoteAccepted(long sequence, long timestamp, long account, int instrumentId, long bidOrderId,
                            long bidPrice, long bidQuantity, long askOrderId, long askPrice, long askQuantity)
        implements ExchangeEvent {

    static final int TAG = 7;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(account);
        out.putInt(instrumentId);
        out.putLong(bidOrderId);
        out.putLong(bidPrice);
        out.putLong(bidQuantity);
        out.putLong(askOrderId);
        out.putLong(askPrice);
        out.putLong(askQuantity);
    }
}
