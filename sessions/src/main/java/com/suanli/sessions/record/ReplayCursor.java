package com.suanli.sessions.record;

import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.session.SnapshotMark;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.market.SessionExchange;
import com.suanli.sessions.market.SessionListing;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.function.LongFunction;

/**
 * A recorded session's market at a chosen moment: an engine of the session's own (its listing, its
 * clearing terms) that has applied the recorded commands up to that moment. A seek forward applies the
 * commands in between; a seek back, or far forward, starts from the latest snapshot at or before the
 * target and applies the commands after it, so no seek applies more than the snapshots' spacing, and
 * because the engine is deterministic any way of reaching a moment gives the same state. Not thread-safe:
 * one thread seeks and reads (the workstation's replay worker).
 */
public final class ReplayCursor {

    private static final EventSink UNHEARD = event -> { };

    private final SessionListing listing;
    /** The engine's catalogue, configuration and clearing: the session's own headless, the desk's live. */
    private final ExchangeSetup setup;
    /** Whether the recording starts from the snapshot at 0 commands (a live session) rather than a fresh engine. */
    private final boolean fromSnapshot;
    private final List<Command> commands;
    /** reach[i]: the latest time among commands 0..i, so "commands up to a time" is a binary search. */
    private final long[] reach;
    private final List<SnapshotMark> marks;
    private final LongFunction<byte[]> snapshots;
    private Engine engine;
    private long applied;

    /**
     * @param marks the snapshots there are, earliest first
     * @param snapshots a snapshot's bytes by the count of commands it follows (from the database, say)
     */
    public ReplayCursor(SessionConfig config, List<Command> commands, List<SnapshotMark> marks,
                        LongFunction<byte[]> snapshots) {
        this(SessionListing.of(config), config, commands, marks, snapshots);
    }

    private ReplayCursor(SessionListing listing, SessionConfig config, List<Command> commands, List<SnapshotMark> marks,
                         LongFunction<byte[]> snapshots) {
        this(listing, new ExchangeSetup(listing.catalogue(), EngineConfig.defaults(),
                SessionExchange.setup(config).over(listing.catalogue())), false, commands, marks, snapshots);
    }

    /**
     * A live session recorded on the desk: its market began as the desk's exchange stood (the snapshot taken
     * before its first command, at 0 commands applied) and every command the desk took after it is recorded,
     * the agents', the user's and anyone else's; the engine is the desk's ({@code desk}: its catalogue and clearing).
     * @param listing what the session traded, of the desk's catalogue
     */
    public static ReplayCursor onDesk(ExchangeSetup desk, SessionListing listing, List<Command> commands,
                                      List<SnapshotMark> marks, LongFunction<byte[]> snapshots) {
        if (marks.isEmpty() || marks.get(0).applied() != 0) {
            throw new IllegalArgumentException("snapshots: a session recorded on the desk starts from a snapshot at"
                    + " 0 commands, and there is none");
        }
        return new ReplayCursor(listing, desk, true, commands, marks, snapshots);
    }

    private ReplayCursor(SessionListing listing, ExchangeSetup setup, boolean fromSnapshot, List<Command> commands,
                         List<SnapshotMark> marks, LongFunction<byte[]> snapshots) {
        this.listing = listing;
        this.setup = setup;
        this.fromSnapshot = fromSnapshot;
        this.commands = List.copyOf(commands);
        this.marks = List.copyOf(marks);
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.reach = new long[this.commands.size()];
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < reach.length; i++) {
            latest = Math.max(latest, this.commands.get(i).timestamp());
            reach[i] = latest;
        }
        this.engine = fresh(UNHEARD);
    }

    public SessionListing listing() {
        return listing;
    }

    /** The engine at the cursor, for reading only: a command sent to it would leave the recording. */
    public Engine engine() {
        return engine;
    }

    /** Commands applied so far. */
    public long applied() {
        return applied;
    }

    public int size() {
        return commands.size();
    }

    public long firstTime() {
        return commands.isEmpty() ? 0 : commands.get(0).timestamp();
    }

    public long lastTime() {
        return reach.length == 0 ? 0 : reach[reach.length - 1];
    }

    /** The time of the market at the cursor: its last command's, or the first command's before any. */
    public long time() {
        return applied == 0 ? firstTime() : reach[(int) applied - 1];
    }

    /** The market once every command up to {@code time} (included) has been applied; progress from 0 to 1. */
    public void seek(long time, DoubleConsumer progress) {
        int target = Arrays.binarySearch(reach, time);
        if (target >= 0) {
            while (target + 1 < reach.length && reach[target + 1] == time) {
                target++;
            }
            target++;
        } else {
            target = -target - 1;
        }
        seekApplied(target, progress);
    }

    /** The market after the first {@code target} commands. */
    public void seekApplied(long target, DoubleConsumer progress) {
        if (target < 0 || target > commands.size()) {
            throw new IllegalArgumentException("target: must be 0 to " + commands.size() + " commands, was " + target);
        }
        SnapshotMark start = latestMarkAtOrBefore(target);
        long from = start == null ? 0 : start.applied();
        if (target < applied || from > applied) {
            engine = start == null ? fresh(UNHEARD) : restored(snapshots.apply(from));
            applied = from;
        }
        long first = applied;
        long span = Math.max(1, target - first);
        while (applied < target) {
            engine.submit(commands.get((int) applied++));
            if ((applied - first) % 1_000 == 0) {
                progress.accept((applied - first) / (double) span);
            }
        }
        progress.accept(1.0);
    }

    /**
     * Every command applied to a fresh engine of the session, its events to {@code sink}: the whole event
     * stream as the session produced it (the cursor itself does not move).
     */
    public void replayAll(EventSink sink) {
        Engine whole = fresh(sink);
        commands.forEach(whole::submit);
    }

    private SnapshotMark latestMarkAtOrBefore(long target) {
        SnapshotMark best = null;
        for (SnapshotMark mark : marks) {
            if (mark.applied() <= target) {
                best = mark;
            }
        }
        return best;
    }

    private Engine fresh(EventSink sink) {
        return fromSnapshot ? setup.restore(snapshots.apply(0), sink) : setup.fresh(sink);
    }

    private Engine restored(byte[] bytes) {
        return setup.restore(bytes, UNHEARD);
    }
}
