package com.suanli.cluster.service;

import java.time.Duration;
import java.util.Objects;

/**
 * When the members take a snapshot without being asked: once {@code interval} of log time or
 * {@code everyCommands} commands have passed since the last one, whichever comes first. A member restarted
 * loads its newest snapshot and replays only the log after it, so the schedule bounds a restart's replay.
 * Only the leader asks (through Aeron's cluster control toggle, as {@code ClusterTool snapshot} does); every
 * member then writes its state at the same log position.
 *
 * @param interval log time between snapshots; {@link Duration#ZERO} for none by time
 * @param everyCommands commands applied between snapshots; 0 for none by count
 */
public record SnapshotSchedule(Duration interval, long everyCommands) {

    /** Ten minutes or a million commands: a restart replays at most about that, seconds on this machine class. */
    public static final SnapshotSchedule DEFAULT = new SnapshotSchedule(Duration.ofMinutes(10), 1_000_000);
    /** Snapshots only when asked (a client's {@code takeSnapshot}, Aeron's {@code ClusterTool}). */
    public static final SnapshotSchedule NONE = new SnapshotSchedule(Duration.ZERO, 0);

    public SnapshotSchedule {
        Objects.requireNonNull(interval, "--snapshot-interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("--snapshot-interval: " + interval.toMinutes()
                    + " minutes is negative (0 takes none by time)");
        }
        if (everyCommands < 0) {
            throw new IllegalArgumentException("--snapshot-every: " + everyCommands
                    + " commands is negative (0 takes none by count)");
        }
    }

    /**
     * Whether a snapshot is due, {@code commands} commands and {@code elapsedNanos} of log time after the last
     * one (or the log's first command): never when nothing was applied since, as the state has not changed.
     */
    public boolean due(long commands, long elapsedNanos) {
        if (commands <= 0) {
            return false;
        }
        return everyCommands > 0 && commands >= everyCommands
                || !interval.isZero() && elapsedNanos >= interval.toNanos();
    }
}
