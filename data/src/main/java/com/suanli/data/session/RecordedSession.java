package com.suanli.data.session;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded session as the library lists it.
 *
 * @param startedAt when the recording began (wall clock)
 * @param endedAt when it ended, empty while it records
 * @param firstTime the simulated time of its first command, epoch milliseconds (0 before any)
 * @param lastTime the simulated time of its last command (0 before any)
 * @param eventStreamHash 16 hex digits once complete
 */
public record RecordedSession(long id, String name, long seed, OffsetDateTime startedAt,
                              Optional<OffsetDateTime> endedAt, RecordingStatus status, long firstTime, long lastTime,
                              long commands, long events, long trades, Optional<String> eventStreamHash) {

    public RecordedSession {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(eventStreamHash, "eventStreamHash");
    }
}
