package com.suanli.exchange.engine.event;

/** An OHLCV bar of {@code lengthMillis} starting at {@code start} is complete. Prices in ticks. */
public record BarClosed(long sequence, long timestamp, int instrumentId, long start, long lengthMillis, long open,
                        long high, long low, long close, long volume) implements ExchangeEvent {

    static final int TAG = 14;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putInt(instrumentId);
        out.putLong(start);
        out.putLong(lengthMillis);
        out.putLong(open);
        out.putLong(high);
        out.putLong(low);
        out.putLong(close);
        out.putLong(volume);
    }
}
