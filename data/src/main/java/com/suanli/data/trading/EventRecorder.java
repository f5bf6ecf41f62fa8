package com.suanli.data.trading;

import com.suanli.data.firm.FirmRecorder;
import com.suanli.data.host.ExchangeHost;
import com.suanli.data.host.HostSubscriber;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.Sql;
import com.suanli.data.store.StoreException;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Catalogue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The host's recorder: a subscriber that writes the event stream into the trading tables through a
 * {@link TradingRecorder} and a {@link ClearingRecorder}, on a connection of its own, off the sequencer.
 * Events are committed in batches: when the subscriber has caught up with the stream (the end of a
 * burst) or every {@value #MAX_BATCH} events, whichever comes first; each batch's transaction also
 * moves the recorder's progress ({@code recorder_progress}) to its last event, so a recorder that
 * was stopped behind the stream (the desk killed) knows where to {@link #catchUp} from.
 *
 * <p>It never throws into the host: a batch the tables refuse is rolled back and counted with its
 * reason ({@link #failedBatches()}, {@link #lastFailure()}), and events the host dropped because the
 * recorder fell behind are counted ({@link #missedEvents()}). A recorder's queue is sized so that this
 * does not happen in a desk's day (docs/DESK-EXCHANGE.md).
 */
public final class EventRecorder implements HostSubscriber, AutoCloseable {

    /** The most events one transaction holds: a long burst still commits as it goes. */
    static final int MAX_BATCH = 4_096;

    /** Its row in {@code recorder_progress}. */
    private static final String NAME = "events";

    private final Connection connection;
    private final TradingRecorder recorder;
    private final ClearingRecorder clearing;
    /** The exchange's firms and accounts, on a reporting database ({@link #withFirms}); null on a desk's own. */
    private final FirmRecorder firms;
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong lastRecordedSequence = new AtomicLong();
    private final AtomicLong missed = new AtomicLong();
    private final AtomicLong filledGaps = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private int pending;
    private long pendingLastSequence;
    private boolean failed;
    /** The host it caught up from: where a gap in the live stream is filled from. */
    private ExchangeHost host;
    /** A gap could not be filled: nothing more is recorded, so the next start catches up from the gap. */
    private boolean stalled;

    /**
     * @param catalogue the listing the exchange runs (index values are priced with its spot contracts)
     * @throws com.suanli.data.store.StoreException when the progress cannot be read
     */
    public EventRecorder(DeskStore store, Catalogue catalogue) {
        this(store, catalogue, false);
    }

    /**
     * A recorder that also writes the exchange's firms and accounts ({@link FirmRecorder}): for a reporting database
     * that records only the exchange, never for a desk's own, whose firm tables are its administration.
     */
    public static EventRecorder withFirms(DeskStore store, Catalogue catalogue) {
        return new EventRecorder(store, catalogue, true);
    }

    private EventRecorder(DeskStore store, Catalogue catalogue, boolean withFirms) {
        this.connection = Objects.requireNonNull(store, "store").dedicatedConnection();
        this.recorder = new TradingRecorder(connection);
        this.clearing = new ClearingRecorder(connection, catalogue);
        this.firms = withFirms ? new FirmRecorder(connection) : null;
        try {
            lastRecordedSequence.set(progress());
            pendingLastSequence = lastRecordedSequence.get();
            connection.commit();
        } catch (SQLException e) {
            close();
            throw new StoreException("recorder: cannot read its progress: " + e.getMessage(), e);
        }
    }

    /**
     * The last event committed: its row in {@code recorder_progress}, or, for tables recorded before the
     * progress was kept, the newest event sequence the tables hold.
     */
    private long progress() throws SQLException {
        Optional<Long> kept = Sql.one(connection, "SELECT last_sequence FROM recorder_progress WHERE recorder = ?",
                row -> row.getLong(1), NAME);
        if (kept.isPresent()) {
            return kept.get();
        }
        return Sql.one(connection, "SELECT GREATEST((SELECT COALESCE(MAX(sequence), 0) FROM trades),"
                + " (SELECT COALESCE(MAX(sequence), 0) FROM order_states),"
                + " (SELECT COALESCE(MAX(sequence), 0) FROM market_sessions),"
                + " (SELECT COALESCE(MAX(sequence), 0) FROM cash_ledger))", row -> row.getLong(1)).orElse(0L);
    }

    /**
     * Records what the tables miss: the events after the last one committed, made again from the journal
     * by the host up to the state it recovered ({@link ExchangeHost#replayEvents}). Call it once, after
     * the host started and before subscribing this recorder and submitting commands, so that a desk
     * killed before its recorder committed loses no rows.
     * @return the events looked at
     */
    public long catchUp(ExchangeHost host) {
        this.host = Objects.requireNonNull(host, "host");
        long before = recorded.get();
        try {
            host.replayEvents(lastRecordedSequence.get(), this::onEvent);
        } catch (RuntimeException e) {
            failed = true;
            commit();
            lastFailure.set("catching up from the journal after event " + lastRecordedSequence.get() + ": "
                    + e.getMessage());
        }
        onCaughtUp();
        return recorded.get() - before;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        // After a gap was filled from the journal the live events it already made come again: skip them.
        if (!stalled && event.sequence() > pendingLastSequence) {
            record(event);
        }
    }

    /**
     * The events the host dropped while this recorder was behind, made again from the journal with every
     * event of the commands journalled so far, so the tables miss no fill: committed as they go, the
     * progress moving with them.
     */
    private void fillGap() {
        long after = lastRecordedSequence.get();
        try {
            host.replayEvents(after, Long.MAX_VALUE, this::record);
            filledGaps.incrementAndGet();
            onCaughtUp();
        } catch (RuntimeException e) {
            stalled = true;
            lastFailure.set("filling the gap after event " + after + " from the journal: " + e.getMessage()
                    + "; recording stopped there, the next start catches up");
        }
    }

    private void record(ExchangeEvent event) {
        if (!failed) {
            try {
                recorder.record(event);
                clearing.record(event);
                if (firms != null) {
                    firms.record(event);
                }
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

    /**
     * Commits what came before the gap and fills it from the journal at once (a recorder that has not
     * caught up yet leaves it to the next start's catch-up).
     */
    @Override
    public void onGap(long missedEvents) {
        missed.addAndGet(missedEvents);
        onCaughtUp();
        if (host != null && !stalled) {
            fillGap();
        }
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
                recorder.rolledBack();
                connection.rollback();
                failedBatches.incrementAndGet();
            } else {
                Sql.update(connection, "MERGE INTO recorder_progress KEY (recorder) VALUES (?, ?)", NAME,
                        pendingLastSequence);
                connection.commit();
                recorded.addAndGet(pending);
                lastRecordedSequence.set(pendingLastSequence);
            }
        } catch (SQLException e) {
            failedBatches.incrementAndGet();
            lastFailure.set("commit: " + e.getMessage());
            recorder.rolledBack();
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // The connection is gone; the next batch reports it.
            }
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

    /** Gaps in the live stream filled from the journal. */
    public long filledGaps() {
        return filledGaps.get();
    }

    /** Events the host dropped because this recorder's queue was full (each gap filled from the journal). */
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
