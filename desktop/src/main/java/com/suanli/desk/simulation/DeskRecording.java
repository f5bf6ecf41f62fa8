package com.suanli.desk.simulation;

import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.DeskListener;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.sessions.record.ConfigText;
import com.suanli.sessions.record.LiveRecording;
import com.suanli.sessions.report.SessionReporter;
import com.suanli.sessions.run.LiveSession;
import com.suanli.sessions.run.SessionSummary;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A live session recorded in the desk's database as it runs ({@code sessions.record.LiveRecording}): the
 * desk engine's snapshot where the recording begins, then every command the desk takes (the tap on
 * {@link DeskExchange#submit}), a snapshot every so many commands, and at the end the session's summary and
 * report with the count and hash of the desk's event stream from the first snapshot to the last command,
 * heard by a listener of its own. A replay of the recording makes the same stream; a recording whose listener
 * fell behind (a gap) cannot vouch for its hash and is kept as failed.
 */
final class DeskRecording {

    /** How long the end waits for the listener to hear the last command's events. */
    private static final long CATCH_UP_SECONDS = 60;

    /** The engine where the recording begins: its event sequence, time and snapshot. */
    private record Cut(long events, long time, byte[] snapshot) {
    }

    private final DeskExchange exchange;
    private final LiveRecording recording;
    private final LiveSession session;
    private final SessionReporter reporter;
    private final Consumer<Command> tape = this::take;
    private final EventStreamHash hash = new EventStreamHash();
    private final AutoCloseable listener;
    private final Object heard = new Object();
    /**
     * The stream hashed is the events after {@code baseEvents} up to {@code endEvents}; each bound is set on the
     * engine's thread by the question at its cut, so before any event beyond it is published and heard.
     */
    private volatile long baseEvents = Long.MAX_VALUE;
    private volatile long endEvents = Long.MAX_VALUE;
    private long lastHeard;
    private long trades;
    private long missed;

    private DeskRecording(DeskExchange exchange, LiveRecording recording, LiveSession session) {
        this.exchange = exchange;
        this.recording = recording;
        this.session = session;
        this.reporter = new SessionReporter(session.session());
        session.session().observe(reporter);
        this.listener = exchange.subscribe("session-recording", new DeskListener() {
            @Override
            public void onEvents(List<ExchangeEvent> batch) {
                hear(batch);
            }

            @Override
            public void onGap(long count) {
                synchronized (heard) {
                    missed += count;
                    heard.notifyAll();
                }
            }
        });
    }

    /**
     * Begins recording {@code session} (not yet running) on {@code exchange}: the row, the listener, the tap and
     * the snapshot where it begins.
     */
    static DeskRecording begin(DeskExchange exchange, DeskStore store, ConfigText config, long seed, Clock clock,
                               LiveSession session) {
        LiveRecording recording = LiveRecording.begin(store, config, seed, clock);
        DeskRecording recorder = new DeskRecording(exchange, recording, session);
        try {
            Cut cut = exchange.tap(recorder.tape, engine -> {
                recorder.baseEvents = engine.lastSequence();
                return new Cut(engine.lastSequence(), clock.millis(), LiveRecording.snapshotOf(engine));
            }).join();
            recording.snapshot(0, cut.time(), cut.snapshot());
            return recorder;
        } catch (RuntimeException e) {
            recorder.abandon();
            throw e;
        }
    }

    public long id() {
        return recording.id();
    }

    /** On the submitter's thread, inside the exchange's turn: the command, and a snapshot asked right after it when due. */
    private void take(Command command) {
        if (recording.add(command)) {
            long applied = recording.commands();
            exchange.ask(engine -> new Cut(0, engine.time(), LiveRecording.snapshotOf(engine)))
                    .thenAccept(cut -> recording.snapshot(applied, cut.time(), cut.snapshot()));
        }
    }

    private void hear(List<ExchangeEvent> batch) {
        synchronized (heard) {
            for (ExchangeEvent event : batch) {
                if (event.sequence() > baseEvents && event.sequence() <= endEvents) {
                    hash.onEvent(event);
                    if (event instanceof TradeExecuted) {
                        trades++;
                    }
                }
                lastHeard = event.sequence();
            }
            heard.notifyAll();
        }
    }

    /**
     * The session has stopped: the tap comes off, the listener hears the last events, the recording completes.
     * @throws IllegalStateException when the listener missed events or the store refused the recording (kept as failed)
     */
    void complete() {
        try {
            long end = exchange.untap(tape, engine -> {
                endEvents = engine.lastSequence();
                return endEvents;
            }).join();
            long events = heardUpTo(end);
            SessionSummary summary;
            synchronized (heard) {
                summary = session.summary().withStream(events, trades, hash.value());
            }
            recording.complete(summary, reporter.report(summary));
        } catch (RuntimeException e) {
            recording.fail();
            throw new IllegalStateException("the session's recording failed: " + e.getMessage(), e);
        } finally {
            closeListener();
        }
    }

    /** Waits until the listener heard event {@code end}; the events hashed. */
    private long heardUpTo(long end) {
        synchronized (heard) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CATCH_UP_SECONDS);
            try {
                while (end > baseEvents && lastHeard < end && missed == 0 && System.nanoTime() < deadline) {
                    heard.wait(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the last events were heard", e);
            }
            if (missed > 0) {
                throw new IllegalStateException("its listener missed " + missed + " events");
            }
            if (end > baseEvents && lastHeard < end) {
                throw new IllegalStateException("its listener did not hear the last events within " + CATCH_UP_SECONDS
                        + " s");
            }
            return hash.events();
        }
    }

    /** The session failed: the recording is kept as failed. */
    void abandon() {
        exchange.untap(tape, engine -> null);
        closeListener();
        recording.fail();
    }

    private void closeListener() {
        try {
            listener.close();
        } catch (Exception e) {
            throw new IllegalStateException("the recording's listener did not close: " + e.getMessage(), e);
        }
    }
}
