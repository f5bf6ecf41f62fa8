package com.suanli.exchange.engine.event;

import com.suanli.exchange.engine.session.SessionState;

/** An instrument's session moved from one state to another. */
public record SessionChanged(long sequence, long timestamp, int instrumentId, SessionState from, SessionState to,
                             SessionChangeCause cause) implements ExchangeEvent {

    static final int TAG = 9;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putInt(instrumentId);
        out.putEnum(from);
        out.putEnum(to);
        out.putEnum(cause);
    }
}
