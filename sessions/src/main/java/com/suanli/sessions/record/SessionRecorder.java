package com.suanli.sessions.record;

import com.suanli.data.session.SessionRecordings;
import com.suanli.data.session.SessionTotals;
import com.suanli.data.session.SnapshotMark;
import com.suanli.data.store.DeskStore;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.journal.Snapshot;
import com.suanli.sessions.agent.CommandPort;
import com.suanli.sessions.report.SessionReport;
import com.suanli.sessions.report.SessionReportJson;
import com.suanli.sessions.report.SessionReporter;
import com.suanli.sessions.run.HeadlessSession;
import com.suanli.sessions.run.Pacing;
import com.suanli.sessions.run.SessionSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Records a headless session in the desk database as it runs: a row saying it is under way, then every
 * command the session sends on its way to the engine, and after every {@link #SNAPSHOT_EVERY} commands a
 * snapshot of the engine (clearing house included). At the end the commands, the snapshots, the summary
 * and the report are stored in one transaction and the row says complete; a run that fails leaves the
 * row failed. The report is always made: a recording is for replay in the workstation, which shows it.
 */
public final class SessionRecorder {

    /** A seek replays at most this many commands after the snapshot it starts from. */
    public static final int SNAPSHOT_EVERY = 5_000;

    private final DeskStore store;
    private final Clock clock;

    /** @param clock the wall clock the recording's start and end are stamped with */
    public SessionRecorder(DeskStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a recorded run gives: its id in the database, its summary and report. */
    public record Recorded(long sessionId, SessionSummary summary, SessionReport report) {
    }

    /** Runs {@code session} (built over {@code config}) headless, recording it. */
    public Recorded record(ConfigText config, long seed, HeadlessSession session) {
        SessionReporter reporter = new SessionReporter(session.session());
        session.session().observe(reporter);
        long id = store.transaction(c -> new SessionRecordings(c).begin(config.config().name(), seed, config.text(),
                OffsetDateTime.now(clock)));
        Taping taping = new Taping(session.engine());
        try {
            SessionSummary summary = session.session().run(taping, Pacing.NONE);
            SessionReport report = reporter.report(summary);
            SessionTotals totals = new SessionTotals(taping.tape.firstTime(), taping.tape.lastTime(), taping.tape.count(),
                    summary.events(), summary.trades(), summary.hashText(), String.join("\n", summary.lines()),
                    SessionReportJson.text(report));
            store.transaction(c -> {
                SessionRecordings recordings = new SessionRecordings(c);
                for (var chunk : taping.tape.chunks()) {
                    recordings.addCommands(id, chunk);
                }
                for (Taken taken : taping.snapshots) {
                    recordings.addSnapshot(id, taken.mark(), taken.bytes());
                }
                recordings.complete(id, OffsetDateTime.now(clock), totals);
                return null;
            });
            return new Recorded(id, summary, report);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(id);
            throw new IllegalStateException("a headless session does not wait, yet was interrupted", e);
        } catch (RuntimeException e) {
            failed(id);
            throw e;
        }
    }

    private void failed(long id) {
        store.transaction(c -> {
            new SessionRecordings(c).fail(id, OffsetDateTime.now(clock));
            return null;
        });
    }

    /** A snapshot's bytes: the engine after {@code applied} commands. */
    static byte[] snapshot(Engine engine) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Snapshot.write(bytes, Snapshot.sections(engine));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot snapshot the session's engine", e);
        }
        return bytes.toByteArray();
    }

    private record Taken(SnapshotMark mark, byte[] bytes) {
    }

    /** The session's port: each command taped, then submitted; a snapshot between commands on the schedule. */
    private static final class Taping implements CommandPort {

        private final Engine engine;
        private final CommandTape tape = new CommandTape();
        private final List<Taken> snapshots = new ArrayList<>();

        Taping(Engine engine) {
            this.engine = engine;
        }

        @Override
        public void submit(Command command) {
            tape.add(command);
            engine.submit(command);
            if (tape.count() % SNAPSHOT_EVERY == 0) {
                snapshots.add(new Taken(new SnapshotMark(tape.count(), tape.lastTime()), snapshot(engine)));
            }
        }
    }
}
