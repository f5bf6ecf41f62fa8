package com.suanli.exchange.engine.event;

/**
 * An account's margin requirement changed (a trade, a working order, new risk arrays or spread
 * rates): maintenance and initial margin in fen, working orders included.
 */
public record MarginRequirementChanged(long sequence, long timestamp, long account, long maintenance, long initial)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 36;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(account);
        out.putLong(maintenance);
        out.putLong(initial);
    }
}
