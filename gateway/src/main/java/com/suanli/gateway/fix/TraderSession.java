package com.suanli.gateway.fix;

import com.suanli.data.firm.DeskUser;
import java.util.Objects;
import quickfix.SessionID;

/** A logged-on FIX session: who signed in on it (as at its Logon) and its message rate. */
public record TraderSession(SessionID id, DeskUser user, MessageRate rate) {

    public TraderSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(rate, "rate");
    }
}
