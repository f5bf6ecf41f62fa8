package com.suanli.exchange.engine.event;

/** The public, anonymous trade tape entry of a trade. */
public record TapePrint(long sequence, long timestamp, int instrumentId, long tradeId, long price, long quantity,
                        Aggressor aggressor) implements ExchangeEvent {

    static final int TAG = 13;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putInt(instrumentId);
        out.putLong(tradeId);
        out.putLong(price);
        out.putLong(quantity);
        out.putEnum(aggressor);
    }
}
