package com.suanli.exchange.engine.event;

/** A margin call was met: the account's cash is back at or above its initial margin (fen). */
public record MarginCallMet(long sequence, long timestamp, long callId, long account, long cash, long initial)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 44;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(callId);
        out.putLong(account);
        out.putLong(cash);
        out.putLong(initial);
    }
}
