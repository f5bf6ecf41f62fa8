package com.suanli.exchange.engine.event;

/**
 * After a daily settlement an account's cash fell below its maintenance margin: it must bring
 * its cash back to its initial margin, {@code amount} fen more, by {@code deadline} (epoch
 * milliseconds), or be declared in default and liquidated.
 */
public record MarginCalled(long sequence, long timestamp, long callId, long account, long cash, long maintenance,
                           long initial, long amount, long deadline) implements ExchangeEvent, ClearingEvent {

    static final int TAG = 43;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(callId);
        out.putLong(account);
        out.putLong(cash);
        out.putLong(maintenance);
        out.putLong(initial);
        out.putLong(amount);
        out.putLong(deadline);
    }
}
