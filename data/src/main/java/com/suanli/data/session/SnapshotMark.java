package com.suanli.data.session;

/** A stored snapshot of a recorded session's engine: after {@code applied} commands, the last at {@code simulatedAt}. */
public record SnapshotMark(long applied, long simulatedAt) {
}
