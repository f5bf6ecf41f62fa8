package com.suanli.data.host;

import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One subscriber's bounded queue and the thread that empties it. The sequencer only ever offers: when
 * the queue is full the event is counted as missed, and a gap marker carrying the count goes in ahead of
 * the next event that fits, so the subscriber learns exactly where it lost events.
 */
public final class EventFeed implements AutoCloseable {

    private record Gap(long missed) {
    }

    /** Put in by {@link #close}: the subscriber gets everything queued before it, then its thread ends. */
    private static final Object END = new Object();

    /**
     * How long {@link #close} waits for a subscriber that takes nothing more from its queue before giving up on it.
     * A stall, not the whole drain: a recorder writing a long queue into its database on a loaded machine may take
     * longer than this and is still working, and interrupting it mid-write closes its database under it.
     */
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final BlockingQueue<Object> queue;
    private final HostSubscriber subscriber;
    private final Thread thread;
    /** Sequencer-thread only: events dropped since the last gap marker went in. */
    private long missed;
    /** Written by the feed's thread only: what it has taken from the queue, for {@link #close} to see it move. */
    private volatile long taken;

    EventFeed(String name, int capacity, HostSubscriber subscriber) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity: " + capacity + " must be at least 2 (an event and a gap)");
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.subscriber = subscriber;
        this.thread = new Thread(this::deliver, "host-feed-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the calling thread is this feed's, delivering to its subscriber. */
    boolean delivering() {
        return Thread.currentThread() == thread;
    }

    /** On the sequencer: never blocks. */
    void offer(ExchangeEvent event) {
        flushGap();
        if (missed > 0 || !queue.offer(event)) {
            missed++;
        }
    }

    /** On the sequencer, after each command: reports a gap as soon as there is room for its marker. */
    void flushGap() {
        if (missed > 0 && queue.offer(new Gap(missed))) {
            missed = 0;
        }
    }

    private void deliver() {
        try {
            while (true) {
                Object next = queue.poll();
                if (next == null) {
                    subscriber.onCaughtUp();
                    next = queue.take();
                }
                taken++;
                if (next == END) {
                    subscriber.onCaughtUp();
                    return;
                }
                if (next instanceof Gap gap) {
                    subscriber.onGap(gap.missed());
                } else {
                    subscriber.onEvent((ExchangeEvent) next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Offers {@code marker}, waiting for room as long as the subscriber keeps taking from its queue. */
    private boolean offerWhileTaking(Object marker) throws InterruptedException {
        long seen;
        do {
            seen = taken;
            if (queue.offer(marker, CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return true;
            }
        } while (taken != seen);
        return false;
    }

    /**
     * Called once the sequencer stopped. Lets the subscriber finish what is queued (a recorder commits its
     * last events; a gap at the tail is reported first), then ends its
     * thread; a subscriber that takes nothing from its queue for {@value #CLOSE_WAIT_SECONDS} s is interrupted.
     */
    @Override
    public void close() {
        if (delivering()) {
            thread.interrupt();
            return;
        }
        try {
            // The sequencer has stopped: a gap it could not report yet is told before the end, waiting for room.
            if (missed > 0 && offerWhileTaking(new Gap(missed))) {
                missed = 0;
            }
            if (offerWhileTaking(END)) {
                long seen;
                do {
                    seen = taken;
                    thread.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
                } while (thread.isAlive() && taken != seen);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
    }
}
