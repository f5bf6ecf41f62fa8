package com.suanli.data.host;

import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One subscriber's bounded queue and the thread that empties it. The sequencer only ever offers: when
 * the queue is full the event is counted as missed, and a gap marker carrying the count goes in ahead of
 * the next event that fits, so the subscriber learns exactly where it lost events.
 */
final class EventFeed implements AutoCloseable {

    private record Gap(long missed) {
    }

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
                Object next = queue.take();
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

    @Override
    public void close() {
        thread.interrupt();
    }
}
