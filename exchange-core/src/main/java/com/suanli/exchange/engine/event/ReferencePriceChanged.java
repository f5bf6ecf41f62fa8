package com.suanli.exchange.engine.event;

/**
 * An instrument's reference price changed (set by an operator or by an auction uncross), and
 * with it the price band orders are checked against.
 */
public record ReferencePriceChanged(long sequence, long timestamp, int instrumentId, long referencePrice,
                                    long bandLow, long bandHigh) implements ExchangeEvent {

    static final int TAG = 15;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putInt(instrumentId);
        out.putLong(referencePrice);
        out.putLong(bandLow);
        out.putLong(bandHigh);
    }
}
