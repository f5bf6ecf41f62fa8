package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.RejectReason;
import java.util.Objects;

/**
 * What the clearing house did with a command: applied whole, or refused whole with a reason and
 * a message naming the field, the value and the account. A refusal changes nothing.
 */
public record ClearingOutcome(boolean accepted, RejectReason reason, String message) {

    public static final ClearingOutcome ACCEPTED = new ClearingOutcome(true, null, "");

    public ClearingOutcome {
        Objects.requireNonNull(message, "message");
        if (!accepted && (reason == null || message.isBlank())) {
            throw new IllegalArgumentException("reason, message: a refusal must say why");
        }
    }

    static ClearingOutcome reject(RejectReason reason, String message) {
        return new ClearingOutcome(false, reason, message);
    }
}
