package com.suanli.data.trading;

import com.suanli.data.host.HostSubscriber;
import com.suanli.data.store.DeskStore;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The host's recorder: a subscriber that writes the event stream into the trading tables through a
 * {@link TradingRecorder}, on a connection of its own, off the sequencer. Events are committed in
 * batches: when the subscriber has caught up with the stream (the end of a burst) or every
 * {@value #MAX_BATCH} events, whichever comes first.
 *
 * <p>It never throws into the host: a batch the tables refuse is rolled back and counted with its
 * reason ({@link #failedBatches()}, {@link #lastFailure()}), and events the host dropped because the
 * recorder fell behind are counted ({@link #missedEvents()}). A recorder's queue is sized so that this
 * does not happen in a desk's day (docs/DESK-EXCHANGE.md).
 */
public final class EventRecorder implements HostSubscriber, AutoCloseable {

    /** The most events one transaction holds: a long burst still commits as it goes. */
    static final int MAX_BATCH = 4_096;

    private final Connection connection;
    private final TradingRecorder recorder;
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong lastRecordedSequence = new AtomicLong();
    private final AtomicLong missed = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private int pending;
    private long pendingLastSequence;
    private boolean failed;

    public EventRecorder(DeskStore store) {
        this.connection = Objects.requireNonNull(store, "store").dedicatedConnection();
        this.recorder = new TradingRecorder(connection);
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        if (!failed) {
            try {
                recorder.record(event);
            } catch (SQLException | RuntimeException e) {
                failed = true;
                lastFailure.set("event " + event.sequence() + ": " + e.getMessage());
            }
        }
        pending++;
        pendingLastSequence = event.sequence();
        if (pending >= MAX_BATCH) {
            commit();
        }
    }

    @Override
    public void onGap(long missedEvents) {
        missed.addAndGet(missedEvents);
    }

    @Override
    public void onCaughtUp() {
        if (pending > 0) {
            commit();
        }
    }

    private void commit() {
        try {
            if (failed) {
                connection.rollback();
                failedBatches.incrementAndGet();
            } else {
                connection.commit();
                recorded.addAndGet(pending);
                lastRecordedSequence.set(pendingLastSequence);
            }
        } catch (SQLException e) {
            failedBatches.incrementAndGet();
            lastFailure.set("commit: " + e.getMessage());
        }
        failed = false;
        pending = 0;
    }

    /** Events committed to the tables so far (market data events count: they were looked at). */
    public long recordedEvents() {
        return recorded.get();
    }

    /** The sequence of the last event committed, 0 before the first. */
    public long lastRecordedSequence() {
        return lastRecordedSequence.get();
    }

    /** Events the host dropped because this recorder's queue was full. */
    public long missedEvents() {
        return missed.get();
    }

    /** Batches rolled back because the tables refused one of their events. */
    public long failedBatches() {
        return failedBatches.get();
    }

    /** Why the last batch was refused, if one was. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /** Closes the connection; call once the host stopped delivering (its feed finished). */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The last batch was committed or rolled back at the feed's end; nothing is left to undo.
        }
    }
}
