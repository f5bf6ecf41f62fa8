package com.suanli.exchange.clearing;

import java.util.Objects;

/**
 * What the clearing house did with a command: applied whole, or refused whole with a reason and
 * a message naming the field, the value and the account. A refusal changes nothing.
 */
public record ClearingOutcome(boolean accepted, ClearingRejectReason reason, String message) {

    public static final ClearingOutcome ACCEPTED = new ClearingOutcome(true, null, "");

    public ClearingOutcome {
        Objects.requireNonNull(message, "message");
        if (!accepted && (reason == null || message.isBlank())) {
            throw new IllegalArgumentException("reason, message: a refusal must say why");
        }
    }

    static ClearingOutcome reject(ClearingRejectReason reason, String message) {
        return new ClearingOutcome(false, reason, message);
    }
}
