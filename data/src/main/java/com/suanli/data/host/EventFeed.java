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

    /** How long {@link #close} waits for a subscriber to finish its queue before giving up on it. */
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final BlockingQueue<Object> queue;
    private final HostSubscriber subscriber;
    private final Thread thread;
    /** Sequencer-thread only: events dropped since the last gap marker went in. */
    private long missed;

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

    /**
     * Called once the sequencer stopped. Lets the subscriber finish what is queued (a recorder commits its
     * last events; a gap at the tail is reported first), then ends its
     * thread; a subscriber stuck for longer than {@value #CLOSE_WAIT_SECONDS} s is interrupted.
     */
    @Override
    public void close() {
        if (Thread.currentThread() == thread) {
            thread.interrupt();
            return;
        }
        try {
            // The sequencer has stopped: a gap it could not report yet is told before the end, waiting for room.
            if (missed > 0 && queue.offer(new Gap(missed), CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                missed = 0;
            }
            if (!queue.offer(END, CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                thread.interrupt();
            }
            thread.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
    }
}
