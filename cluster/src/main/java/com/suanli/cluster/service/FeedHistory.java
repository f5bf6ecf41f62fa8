package com.suanli.cluster.service;

import com.suanli.cluster.protocol.Messages;
import java.nio.ByteOrder;
import java.util.function.Predicate;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The last FEED messages a member applied, up to a budget of bytes, so that a follower that missed some (a
 * failover, a lost egress message) is sent them again instead of the whole state. Not replicated: a member
 * keeps what it applied since it started, its log replay after a snapshot included. A message keeps its commands'
 * events when they were recorded (a follower wanted them): a follower of the events is sent them again only from
 * where every kept message has them.
 *
 * <p>The messages lie back to back in one ring of bytes that grows up to the budget and a message, each whole (one
 * that does not fit before the ring's end starts again at its beginning), so recording one allocates nothing: a
 * fresh array a message made the collector copy megabytes of history that live a second or two and die old
 * (docs/BENCHMARKS.md, "Aeron Cluster", 2026-12-04 late morning).
 */
final class FeedHistory {

    /** The ring's first size, when the budget is larger: a young member keeps little. */
    private static final int FIRST_RING = 1 << 20;

    private final long budget;
    private byte[] ring;
    /** Where each kept message starts in the ring and how long it is, oldest at {@link #oldest}, circularly. */
    private int[] starts = new int[1_024];
    private int[] lengths = new int[1_024];
    private int oldest;
    private int count;
    /** Where the next message goes when it fits there. */
    private int end;
    /** The feed sequence of the oldest message kept (of the next one when none is kept). */
    private long first = 1;
    private long bytes;
    /** The first of the newest messages that all hold their events ({@link #next} when the newest holds none). */
    private long eventsFrom = 1;
    /** The view of the message last recorded, handed to the live feed. */
    private final UnsafeBuffer recorded = new UnsafeBuffer(new byte[0]);

    /** @param budget bytes of FEED messages kept at most (the newest is always kept) */
    FeedHistory(long budget) {
        this.budget = budget;
        this.ring = new byte[(int) Math.min(budget, FIRST_RING)];
    }

    /** Forgets everything: the next message recorded is {@code lastApplied + 1} (a member restored from a snapshot). */
    void startAfter(long lastApplied) {
        count = 0;
        oldest = 0;
        end = 0;
        bytes = 0;
        first = lastApplied + 1;
        eventsFrom = first;
    }

    /**
     * Keeps the FEED message of the COMMANDS message at {@code buffer[offset, offset + length)}, applied as feed
     * message {@code sequence} at {@code timestamp}, with its commands' events, and returns it: a view valid until
     * the next message recorded.
     * @param events the message's events part ({@code ReplicatedExchange.recordedEvents}); null when none was recorded
     */
    DirectBuffer record(long sequence, long timestamp, DirectBuffer buffer, int offset, int length,
                        DirectBuffer events, int eventsLength) {
        if (sequence != first + count) {
            throw new IllegalStateException("feed history: message " + sequence + " recorded after "
                    + (first + count - 1));
        }
        int eventsSize = events == null ? Integer.BYTES : eventsLength;
        int size = Messages.FEED_HEADER + length + eventsSize;
        while (count > 0 && bytes + size > budget) {
            forgetOldest();
        }
        int at = place(size);
        recorded.wrap(ring, at, size);
        Messages.writeFeedHeader(recorded, 0, sequence, timestamp, length);
        buffer.getBytes(offset, recorded, Messages.FEED_HEADER, length);
        if (events == null) {
            recorded.putInt(Messages.FEED_HEADER + length, Messages.NO_EVENTS, ByteOrder.LITTLE_ENDIAN);
            eventsFrom = sequence + 1;
        } else {
            events.getBytes(0, recorded, Messages.FEED_HEADER + length, eventsLength);
        }
        if (count == starts.length) {
            growIndex();
        }
        int slot = slot(count);
        starts[slot] = at;
        lengths[slot] = size;
        count++;
        end = at + size;
        bytes += size;
        return recorded;
    }

    /** Where a message of {@code size} bytes goes: after the newest, or at the ring's start; room made if need be. */
    private int place(int size) {
        while (true) {
            if (count == 0) {
                if (ring.length < size) {
                    ring = new byte[size];
                }
                return 0;
            }
            int head = starts[oldest];
            if (end > head) {
                if (ring.length - end >= size) {
                    return end;
                }
                if (head >= size) {
                    return 0;
                }
            } else if (head - end >= size) {
                return end;
            }
            if (ring.length < limit(size)) {
                growRing(size);
            } else {
                forgetOldest(); // only a budget beyond an array's size comes here
            }
        }
    }

    /**
     * The ring's largest size for a message of {@code size}: the budget and the message, so that the free bytes,
     * at least twice the message's when the kept ones are within the budget, hold it whole on one side of the wrap.
     */
    private long limit(int size) {
        // The budget bounded first: budget + size overflowed for a budget near Long.MAX_VALUE, and a ring that may
        // not grow forgets its oldest messages instead.
        return Math.min(Math.min(budget, Integer.MAX_VALUE) + size, Integer.MAX_VALUE - 8);
    }

    private void forgetOldest() {
        bytes -= lengths[oldest];
        oldest = (oldest + 1) % starts.length;
        count--;
        first++;
    }

    /** Doubles the ring (up to its limit, at least to hold {@code size} more), the messages moved in order to its start. */
    private void growRing(int size) {
        byte[] larger = new byte[(int) Math.min(Math.max(2L * ring.length, bytes + size), limit(size))];
        int at = 0;
        for (int i = 0; i < count; i++) {
            int slot = slot(i);
            System.arraycopy(ring, starts[slot], larger, at, lengths[slot]);
            starts[slot] = at;
            at += lengths[slot];
        }
        ring = larger;
        end = at;
    }

    private void growIndex() {
        int[] newStarts = new int[2 * starts.length];
        int[] newLengths = new int[2 * lengths.length];
        for (int i = 0; i < count; i++) {
            newStarts[i] = starts[slot(i)];
            newLengths[i] = lengths[slot(i)];
        }
        starts = newStarts;
        lengths = newLengths;
        oldest = 0;
    }

    private int slot(int index) {
        return (oldest + index) % starts.length;
    }

    /** Whether every message from {@code from} on is kept (true too when {@code from} is the next to come). */
    boolean reaches(long from) {
        return from >= first && from <= first + count;
    }

    /** Whether every message from {@code from} on is kept with its events (true too for the next to come). */
    boolean reachesEvents(long from) {
        return reaches(from) && from >= eventsFrom;
    }

    /** The next message's sequence: everything before it was applied. */
    long next() {
        return first + count;
    }

    /**
     * Hands every kept message from {@code from} on, oldest first, while {@code sink} takes them (returns true);
     * call only when {@link #reaches} it. Each is a view of the ring, valid until the next message recorded.
     */
    void from(long from, Predicate<DirectBuffer> sink) {
        for (int i = (int) Math.max(0, from - first); i < count; i++) {
            int slot = slot(i);
            if (!sink.test(new UnsafeBuffer(ring, starts[slot], lengths[slot]))) {
                return;
            }
        }
    }
}
