package com.suanli.cluster.readmodel;

import com.suanli.data.host.EventFanOut;
import com.suanli.data.host.EventFeed;
import com.suanli.data.host.HostSubscriber;
import com.suanli.data.listing.NewDeskTemplate;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.data.trading.EventRecorder;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Catalogue;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the trades, order states, sessions, positions, the cash ledger, firms and accounts a member applies into
 * an H2 database with the desk's {@link EventRecorder} ({@link EventRecorder#withFirms}), on the recorder's own
 * thread behind a bounded queue that drops (and counts) rather than waits: the member's service thread, which
 * applies the log, never waits for H2. A member restarted replays its log from its snapshot, so events it recorded before are
 * offered again: those at or below the recorder's committed progress are skipped, which makes the
 * tables exactly-once across restarts as long as the snapshot is not newer than the recorder's progress
 * (events between the two are counted as missed, {@link #missedEvents()}). An empty database given to a
 * member that starts from a snapshot holds what happened after the snapshot.
 */
public final class ReadModelWriter implements AutoCloseable {

    /** The recorder's queue: the desk's own recorder queue size (a burst this long is never dropped). */
    static final int QUEUE = 1 << 20;

    private final DeskStore store;
    private final EventRecorder recorder;
    private final EventFanOut events;
    private final EventFeed feed;
    private final AtomicLong missed = new AtomicLong();

    private ReadModelWriter(DeskStore store, EventRecorder recorder, EventFanOut events) {
        this.store = store;
        this.recorder = recorder;
        this.events = events;
        this.feed = events.add("read-model", QUEUE, new Skipping(recorder));
    }

    /**
     * Opens (creating or migrating) the desk database at {@code database} and records {@code events} into it. A new
     * one is made as a new desk's is, with the default catalogue the members trade, so that the reporting views
     * (positions by account, today's trades) name each contract by its symbol and terms.
     */
    public static ReadModelWriter open(Path database, Catalogue catalogue, EventFanOut events) {
        DeskStore store = DeskStore.open(StoreAddress.file(database), FileKey.NONE, NewDeskTemplate.template());
        try {
            return new ReadModelWriter(store, EventRecorder.withFirms(store, catalogue), events);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The recorder, for its counts. */
    public EventRecorder recorder() {
        return recorder;
    }

    /** Events that never reached the tables: dropped by a full queue, or skipped over by a snapshot. */
    public long missedEvents() {
        return missed.get() + recorder.missedEvents();
    }

    /** Hands the recorder only what it has not committed, and counts the events a restore jumped over. */
    private final class Skipping implements HostSubscriber {
        private final EventRecorder target;
        private long last;

        Skipping(EventRecorder target) {
            this.target = target;
            this.last = target.lastRecordedSequence();
        }

        @Override
        public void onEvent(ExchangeEvent event) {
            if (event.sequence() <= last) {
                return;
            }
            // A fresh engine's first event follows its clearing setup's, which are never published (as in
            // the host): a jump counts as missed only once something was recorded.
            if (last > 0 && event.sequence() > last + 1) {
                missed.addAndGet(event.sequence() - last - 1);
            }
            last = event.sequence();
            target.onEvent(event);
        }

        @Override
        public void onGap(long missedEvents) {
            target.onGap(missedEvents);
            last += missedEvents;
        }

        @Override
        public void onCaughtUp() {
            target.onCaughtUp();
        }
    }

    /** Lets the recorder commit what is queued, then closes it and the database. */
    @Override
    public void close() {
        events.remove(feed);
        recorder.close();
        store.close();
    }
}
