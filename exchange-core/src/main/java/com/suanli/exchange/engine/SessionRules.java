package com.suanli.exchange.engine;

import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.session.SessionState;

/** Which operator actions each session state allows; docs/ENGINE.md draws the same machine. */
final class SessionRules {
    private SessionRules() {
    }

    static boolean allows(SessionAction action, SessionState from) {
        switch (action) {
            case OPEN_AUCTION:
                return from == SessionState.CLOSED;
            case OPEN_CONTINUOUS:
                return from == SessionState.CLOSED || from == SessionState.PRE_OPEN;
            case HALT:
                return from == SessionState.CONTINUOUS || from == SessionState.PRE_OPEN;
            case RESUME:
                return from == SessionState.HALTED;
            case CLOSE:
                return from == SessionState.PRE_OPEN || from == SessionState.CONTINUOUS || from == SessionState.HALTED;
            case EXPIRE:
                return from != SessionState.EXPIRED;
            default:
                throw new IllegalArgumentException("action: unknown " + action);
        }
    }
}
