package com.suanli.data.host;

import com.suanli.exchange.engine.event.CommandRejected;
import java.util.Optional;

/**
 * A command the host made durable and applied. A rejected command is acknowledged too: it is journalled
 * and replayed like any other, and its rejection is part of the exchange's history.
 * @param sequence the command's journal sequence (1 for the first command ever journalled)
 * @param lastEventSequence the engine's event sequence after the command: its events end there
 * @param rejection the engine's first refusal among the command's events, or null when it was accepted
 */
public record Acknowledged(long sequence, long lastEventSequence, CommandRejected rejection) {
    public Acknowledged {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence: " + sequence + " is not a journal sequence (from 1)");
        }
    }

    /** The engine took the command (it may still have cancelled what it could not fill). */
    public boolean accepted() {
        return rejection == null;
    }

    /** Why the engine refused it, in the engine's words ({@code REASON: message}); empty when accepted. */
    public Optional<String> reason() {
        return rejection == null ? Optional.empty()
                : Optional.of(rejection.reason() + ": " + rejection.message());
    }
}
