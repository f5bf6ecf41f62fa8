package com.suanli.exchange.engine.event;

/**
 * An account still short of its initial margin after its call's deadline is in default: its
 * orders are cancelled, its positions closed by the exchange, and it may not trade until the
 * default is resolved. {@code cash} is its collateral at that moment (fen).
 */
public record AccountDefaulted(long sequence, long timestamp, long defaultId, long callId, long account, long cash,
                               long initial) implements ExchangeEvent, ClearingEvent {

    static final int TAG = 45;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(defaultId);
        out.putLong(callId);
        out.putLong(account);
        out.putLong(cash);
        out.putLong(initial);
    }
}
