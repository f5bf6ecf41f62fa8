package com.suanli.exchange.engine.event;

/** A working order now has limit {@code price} and {@code openQuantity} open. */
public record OrderAmended(long sequence, long timestamp, long orderId, long account, int instrumentId, long price,
                           long openQuantity) implements ExchangeEvent {

    static final int TAG = 6;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(orderId);
        out.putLong(account);
        out.putInt(instrumentId);
        out.putLong(price);
        out.putLong(openQuantity);
    }
}
