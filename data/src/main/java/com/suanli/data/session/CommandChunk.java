package com.suanli.data.session;

import java.util.Objects;

/** Commands {@code firstIndex..lastIndex} of a recorded session, encoded back to back. */
public record CommandChunk(long firstIndex, long lastIndex, byte[] commands) {

    public CommandChunk {
        if (lastIndex < firstIndex) {
            throw new IllegalArgumentException("lastIndex: must be >= firstIndex " + firstIndex + ", was " + lastIndex);
        }
        Objects.requireNonNull(commands, "commands");
    }
}
