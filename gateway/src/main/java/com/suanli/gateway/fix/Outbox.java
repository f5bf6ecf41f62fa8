package com.suanli.gateway.fix;

import quickfix.Message;
import quickfix.SessionID;

/** Where the gateway's answers go: a FIX session by its id. */
@FunctionalInterface
public interface Outbox {

    /** Sends {@code message} on the session; a session that is gone drops it (its store keeps nothing for it). */
    void send(SessionID session, Message message);
}
