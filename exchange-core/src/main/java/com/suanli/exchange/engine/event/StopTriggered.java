package com.suanli.exchange.engine.event;

/** The last trade price reached a held stop order's stop price; the order now works. */
public record StopTriggered(long sequence, long timestamp, long orderId, long account, int instrumentId,
                            long stopPrice, long lastTradePrice) implements ExchangeEvent {

    static final int TAG = 8;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(orderId);
        out.putLong(account);
        out.putInt(instrumentId);
        out.putLong(stopPrice);
        out.putLong(lastTradePrice);
    }
}
