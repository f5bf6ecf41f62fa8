package com.suanli.exchange.engine.event;

import com.suanli.exchange.book.Side;

/** An accepted order left without trading its {@code cancelledQuantity}; it is finished. */
public record OrderCancelled(long sequence, long timestamp, long orderId, long account, int instrumentId, Side side,
                             long cancelledQuantity, CancelReason reason) implements ExchangeEvent {

    static final int TAG = 5;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(orderId);
        out.putLong(account);
        out.putInt(instrumentId);
        out.putEnum(side);
        out.putLong(cancelledQuantity);
        out.putEnum(reason);
    }
}
