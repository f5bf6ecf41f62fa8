package com.suanli.data.host;

/**
 * A command the host made durable and applied.
 * @param sequence the command's journal sequence (1 for the first command ever journalled)
 * @param lastEventSequence the engine's event sequence after the command: its events end there
 */
public record Acknowledged(long sequence, long lastEventSequence) {
    public Acknowledged {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence: " + sequence + " is not a journal sequence (from 1)");
        }
    }
}
