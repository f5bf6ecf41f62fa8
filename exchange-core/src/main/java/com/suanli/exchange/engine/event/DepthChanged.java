package com.suanli.exchange.engine.event;

import com.suanli.exchange.book.Side;

/**
 * One price level's displayed quantity changed (0 orders: the level is gone).
 * {@code depthSequence} is gap-free per instrument, so a depth consumer can detect loss and
 * ask for a snapshot.
 */
public record DepthChanged(long sequence, long timestamp, int instrumentId, long depthSequence, Side side,
                           long price, long quantity, int orderCount) implements ExchangeEvent {

    static final int TAG = 12;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putInt(instrumentId);
        out.putLong(depthSequence);
        out.putEnum(side);
        out.putLong(price);
        out.putLong(quantity);
        out.putInt(orderCount);
    }
}
