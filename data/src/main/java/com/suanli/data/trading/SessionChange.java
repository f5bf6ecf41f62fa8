package com.suanli.data.trading;

import com.suanli.exchange.engine.event.SessionChangeCause;
import com.suanli.exchange.engine.session.SessionState;
import java.util.Objects;

/** An instrument's market session moved from one state to another at {@code sequence}. */
public record SessionChange(long sequence, long changedAt, int instrumentId, SessionState from, SessionState to,
                            SessionChangeCause cause) {

    public SessionChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cause, "cause");
    }
}
