package com.suanli.cluster.protocol;

import java.util.Optional;

/**
 * What the replicated exchange made of one client command, the same on every member.
 * @param clientSequence the client's number for the command (from 1)
 * @param timestamp the time the engine applied it at: the cluster log's timestamp, epoch milliseconds
 * @param lastEventSequence the engine's event sequence after the command: its events end there
 * @param rejection the engine's first refusal among its events ({@code REASON: message}), or null when accepted
 */
public record Outcome(long clientSequence, long timestamp, long lastEventSequence, String rejection) {
    public Outcome {
        if (clientSequence < 1) {
            throw new IllegalArgumentException("clientSequence: " + clientSequence + " is not a client sequence (from 1)");
        }
    }

    /** The engine took the command (it may still have cancelled what it could not fill). */
    public boolean accepted() {
        return rejection == null;
    }

    /** Why the engine refused it, in the engine's words; empty when accepted. */
    public Optional<String> reason() {
        return Optional.ofNullable(rejection);
    }
}
