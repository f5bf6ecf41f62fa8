package com.suanli.cluster.service;

import com.suanli.cluster.protocol.Messages;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.Predicate;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The last FEED messages a member applied, up to a budget of bytes, so that a follower that missed some (a
 * failover, a lost egress message) is sent them again instead of the whole state. Not replicated: a member
 * keeps what it applied since it started, its log replay after a snapshot included.
 */
final class FeedHistory {

    private final long budget;
    private final ArrayDeque<byte[]> messages = new ArrayDeque<>();
    /** The feed sequence of the oldest message kept (of the next one when none is kept). */
    private long first = 1;
    private long bytes;

    /** @param budget bytes of FEED messages kept at most (the newest is always kept) */
    FeedHistory(long budget) {
        this.budget = budget;
    }

    /** Forgets everything: the next message recorded is {@code lastApplied + 1} (a member restored from a snapshot). */
    void startAfter(long lastApplied) {
        messages.clear();
        bytes = 0;
        first = lastApplied + 1;
    }

    /**
     * Keeps the FEED message of the COMMANDS message at {@code buffer[offset, offset + length)}, applied as feed
     * message {@code sequence} at {@code timestamp}, and returns it.
     */
    DirectBuffer record(long sequence, long timestamp, DirectBuffer buffer, int offset, int length) {
        if (sequence != first + messages.size()) {
            throw new IllegalStateException("feed history: message " + sequence + " recorded after "
                    + (first + messages.size() - 1));
        }
        byte[] feed = new byte[Messages.FEED_HEADER + length];
        UnsafeBuffer message = new UnsafeBuffer(feed);
        Messages.writeFeedHeader(message, 0, sequence, timestamp);
        buffer.getBytes(offset, feed, Messages.FEED_HEADER, length);
        messages.addLast(feed);
        bytes += feed.length;
        while (bytes > budget && messages.size() > 1) {
            bytes -= messages.removeFirst().length;
            first++;
        }
        return message;
    }

    /** Whether every message from {@code from} on is kept (true too when {@code from} is the next to come). */
    boolean reaches(long from) {
        return from >= first && from <= first + messages.size();
    }

    /** The next message's sequence: everything before it was applied. */
    long next() {
        return first + messages.size();
    }

    /**
     * Hands every kept message from {@code from} on, oldest first, while {@code sink} takes them (returns true);
     * call only when {@link #reaches} it.
     */
    void from(long from, Predicate<DirectBuffer> sink) {
        Iterator<byte[]> kept = messages.iterator();
        for (long sequence = first; kept.hasNext(); sequence++) {
            byte[] message = kept.next();
            if (sequence >= from && !sink.test(new UnsafeBuffer(message))) {
                return;
            }
        }
    }
}
