package com.suanli.exchange.engine.event;

import com.suanli.exchange.book.Side;

/**
 * An order (or its remainder, or a fresh iceberg slice) joined the back of the queue at
 * {@code price}; {@code displayedQuantity} is the slice it shows (the whole open quantity unless an iceberg).
 */
public record OrderRested(long sequence, long timestamp, long orderId, long account, int instrumentId, Side side,
                          long price, long displayedQuantity) implements ExchangeEvent {

    static final int TAG = 3;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(orderId);
        out.putLong(account);
        out.putInt(instrumentId);
        out.putEnum(side);
        out.putLong(price);
        out.putLong(displayedQuantity);
    }
}
