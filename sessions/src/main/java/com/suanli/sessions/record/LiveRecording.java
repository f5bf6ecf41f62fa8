package com.suanli.sessions.record;

import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.session.SessionRecordings;
import com.suanli.data.session.SessionTotals;
import com.suanli.data.session.SnapshotMark;
import com.suanli.data.store.DeskStore;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.market.SessionListing;
import com.suanli.sessions.report.SessionReport;
import com.suanli.sessions.report.SessionReportJson;
import com.suanli.sessions.run.SessionSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * A live session recorded as it trades on the desk's exchange. Its market is the desk's, where the user and
 * anyone else trade too, so what is recorded is the desk engine's snapshot when the recording began (at 0
 * commands) and then every command the desk took, in the order the engine applied them, whoever sent it;
 * after every {@link SessionRecorder#SNAPSHOT_EVERY} commands another snapshot, so a seek replays few. The
 * snapshots are written as they come, on a writer thread of the recording's own; the commands, the summary
 * and the report at the end, in one transaction with the row becoming complete. A replay restores the first
 * snapshot over the desk's catalogue and clearing ({@link #cursor}) and applies the commands: the same events,
 * so the same event-stream hash, as the desk published.
 */
public final class LiveRecording {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    private final DeskStore store;
    private final Clock clock;
    private final long id;
    private final CommandTape tape = new CommandTape();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "session-recording-writer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile RuntimeException writeFailure;

    private LiveRecording(DeskStore store, Clock clock, long id) {
        this.store = store;
        this.clock = clock;
        this.id = id;
    }

    /** The recording's row, saying it is under way, with the configuration's text and the seed. */
    public static LiveRecording begin(DeskStore store, ConfigText config, long seed, Clock clock) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        long id = store.transaction(c -> new SessionRecordings(c).begin(config.config().name(), seed, config.text(),
                OffsetDateTime.now(clock)));
        return new LiveRecording(store, clock, id);
    }

    /** The recording's id in the database. */
    public long id() {
        return id;
    }

    /** The engine's state as a recorded snapshot's bytes; call on the engine's thread. */
    public static byte[] snapshotOf(Engine engine) {
        return SessionRecorder.snapshot(engine);
    }

    /**
     * The next command, in the order the exchange applies them.
     * @return whether a snapshot is due right after it (ask the engine then, and hand the bytes to {@link #snapshot})
     */
    public synchronized boolean add(Command command) {
        tape.add(command);
        return tape.count() % SessionRecorder.SNAPSHOT_EVERY == 0;
    }

    /** Commands recorded so far. */
    public synchronized long commands() {
        return tape.count();
    }

    /** The engine after {@code applied} commands (0: where the recording starts), stamped {@code time}; written in the background. */
    public void snapshot(long applied, long time, byte[] bytes) {
        SnapshotMark mark = new SnapshotMark(applied, time);
        writer.execute(() -> {
            try {
                store.transaction(c -> {
                    new SessionRecordings(c).addSnapshot(id, mark, bytes);
                    return null;
                });
            } catch (RuntimeException e) {
                writeFailure = e;
            }
        });
    }

    /**
     * Ends the recording: the commands, the summary (its event count and hash those of the desk's stream over the
     * recording) and the report are stored and the row is complete.
     * @throws IllegalStateException when a snapshot could not be written (then {@link #fail} it)
     */
    public void complete(SessionSummary summary, SessionReport report) {
        drainWriter();
        if (writeFailure != null) {
            throw new IllegalStateException("the session's recording lost a snapshot: " + writeFailure.getMessage(),
                    writeFailure);
        }
        synchronized (this) {
            SessionTotals totals = new SessionTotals(tape.firstTime(), tape.lastTime(), tape.count(), summary.events(),
                    summary.trades(), summary.hashText(), String.join("\n", summary.lines()), SessionReportJson.text(report));
            store.transaction(c -> {
                SessionRecordings recordings = new SessionRecordings(c);
                for (var chunk : tape.chunks()) {
                    recordings.addCommands(id, chunk);
                }
                recordings.complete(id, OffsetDateTime.now(clock), totals);
                return null;
            });
        }
    }

    /** The recording failed: its row says so, and nothing of it replays. */
    public void fail() {
        drainWriter();
        store.transaction(c -> {
            new SessionRecordings(c).fail(id, OffsetDateTime.now(clock));
            return null;
        });
    }

    private void drainWriter() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                writeFailure = new IllegalStateException("a snapshot was still being written after a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writeFailure = new IllegalStateException("interrupted while the snapshots were written");
        }
    }

    /** Whether a recording's snapshots say it began on a market already there (a live session on the desk). */
    static boolean startsOnDesk(List<SnapshotMark> marks) {
        return !marks.isEmpty() && marks.get(0).applied() == 0;
    }

    /**
     * A replay of a live recording: the desk's engine ({@code catalogue}, its standard clearing) from the first
     * snapshot; the session's listing as it was chosen on the day the recording began.
     */
    static ReplayCursor cursor(SessionConfig config, Catalogue catalogue, List<Command> commands,
                               List<SnapshotMark> marks, LongFunction<byte[]> snapshots) {
        LocalDate day = Instant.ofEpochMilli(marks.get(0).simulatedAt()).atOffset(SHANGHAI).toLocalDate();
        SessionListing listing = SessionListing.within(catalogue, config.startingOn(day), day);
        return ReplayCursor.onDesk(ExchangeSetup.desk(catalogue), listing, commands, marks, snapshots);
    }
}
