package com.suanli.data.session;

import java.util.Objects;

/**
 * What a finished recording adds to its row: the simulated span, the counts, the hash of the event
 * stream (16 hex digits), and the summary (text lines) and report (JSON) as the session wrote them.
 */
public record SessionTotals(long firstTime, long lastTime, long commands, long events, long trades,
                           String eventStreamHash, String summary, String report) {

    public SessionTotals {
        if (!eventStreamHash.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("eventStreamHash: must be 16 hex digits, was '" + eventStreamHash + "'");
        }
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(report, "report");
    }
}
