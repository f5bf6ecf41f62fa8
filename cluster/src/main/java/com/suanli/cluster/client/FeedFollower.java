package com.suanli.cluster.client;

import com.suanli.cluster.protocol.Messages;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The client's side of the feed, on the client's thread: asks the leader to FOLLOW from the next message it
 * lacks (at connection, at every new leader, when a message arrives beyond the next, when a request went
 * unanswered), drops what it already has, and hands the rest to a {@link FeedHandler} strictly in order. A
 * gap is never skipped: the leader fills it from its history, or sends the whole state, which the handler is
 * told of as such. A handler of the events may ask for the whole state as it stands now ({@link #askForState}):
 * the next FOLLOW asks for it, and every later one until a state came.
 */
final class FeedFollower {

    private final FeedHandler handler;
    private final long clientId;
    private final long answerWithinNs;
    private final UnsafeBuffer request = new UnsafeBuffer(new byte[Messages.FOLLOW_LENGTH]);
    private long next = 1;
    private boolean wanted = true;
    private long requestId;
    /** The FOLLOW awaiting its answer; 0 when none. */
    private long outstanding;
    private long requestedNs;
    /** The last message the answers so far said they send. */
    private long promised;
    /** When the feed last moved on (a message handed on, a piece of state, a request sent). */
    private long progressNs;
    private long seenNext = 1;
    private int seenReceived;
    private byte[] state;
    private int stateReceived;
    private long stateNext;
    /** Whether a state is wanted (any thread sets it); cleared once one came. */
    private volatile boolean stateWanted;
    /** Whether the FOLLOW outstanding asked for the state. */
    private boolean stateAsked;
    private volatile long follows;
    private volatile long states;

    FeedFollower(FeedHandler handler, long clientId, long answerWithinNs) {
        this.handler = handler;
        this.clientId = clientId;
        this.answerWithinNs = answerWithinNs;
    }

    /** A new leader, or a new session: ask again from the next message lacking. */
    void followAgain() {
        wanted = true;
    }

    /** Asks for the whole state as it stands now, before the next message (any thread). */
    void askForState() {
        stateWanted = true;
    }

    /** Where a FOLLOW goes: the cluster session's ingress ({@code AeronCluster::offer}). */
    @FunctionalInterface
    interface Ingress {
        /** @return a negative number when the message was not sent */
        long offer(DirectBuffer buffer, int offset, int length);
    }

    /**
     * Sends the FOLLOW wanted, or again one unanswered for too long, or one for what an answer promised and
     * stopped sending (the leader drops a feed message a slow follower has no room for); returns 1 when sent.
     */
    int poll(Ingress cluster, long nowNs) {
        if (next != seenNext || stateReceived != seenReceived) {
            seenNext = next;
            seenReceived = stateReceived;
            progressNs = nowNs;
        }
        boolean unanswered = outstanding != 0 && nowNs - requestedNs > answerWithinNs;
        boolean stalled = outstanding == 0 && (state != null || next <= promised) && nowNs - progressNs > answerWithinNs;
        boolean asking = stateWanted;
        if (!wanted && !unanswered && !stalled && !(asking && !stateAsked)) {
            return 0;
        }
        long id = ++requestId;
        byte what = !handler.wantsEvents() ? Messages.FOLLOW_COMMANDS
                : asking ? Messages.FOLLOW_EVENTS_AND_STATE : Messages.FOLLOW_EVENTS;
        if (cluster.offer(request, 0, Messages.writeFollow(request, 0, clientId, id, next, what)) < 0) {
            return 0;
        }
        stateAsked = asking;
        outstanding = id;
        requestedNs = nowNs;
        progressNs = nowNs;
        wanted = false;
        state = null;
        follows++;
        return 1;
    }

    /** A FOLLOWING, STATE or FEED message from the leader. */
    void onMessage(DirectBuffer buffer, int offset, int length) {
        byte kind = buffer.getByte(offset);
        if (kind == Messages.FEED) {
            onFeed(buffer, offset, length);
        } else if (kind == Messages.FOLLOWING) {
            if (Messages.followingRequestId(buffer, offset) != outstanding) {
                return; // the answer to a request given up on
            }
            outstanding = 0;
            promised = Math.max(promised, Messages.followingLast(buffer, offset));
            long first = Messages.followingFirst(buffer, offset);
            int stateLength = Messages.followingStateLength(buffer, offset);
            if (stateLength > 0) {
                state = new byte[stateLength];
                stateReceived = 0;
                stateNext = first;
            } else if (first != next) {
                wanted = true;
            }
        } else if (kind == Messages.STATE && state != null) {
            int at = Messages.stateOffset(buffer, offset);
            int size = length - Messages.STATE_HEADER;
            if (at != stateReceived || at + size > state.length) {
                state = null; // a piece lost on the way: ask again
                wanted = true;
                return;
            }
            buffer.getBytes(offset + Messages.STATE_HEADER, state, at, size);
            stateReceived += size;
            if (stateReceived == state.length) {
                byte[] whole = state;
                state = null;
                stateWanted = false;
                stateAsked = false;
                next = stateNext;
                states++;
                handler.onState(whole, stateNext);
            }
        }
    }

    private void onFeed(DirectBuffer buffer, int offset, int length) {
        long sequence = Messages.feedSequence(buffer, offset);
        if (state != null || sequence < next) {
            return; // already had, or comes before the state being received
        }
        if (sequence > next) {
            if (outstanding == 0) {
                wanted = true; // a hole: the request asks for everything from the first message lacking
            }
            return;
        }
        handler.onFeed(sequence, Messages.feedTimestamp(buffer, offset), buffer, offset, length);
        next++;
    }

    /** FOLLOW requests sent since the start. */
    long follows() {
        return follows;
    }

    /** Whole states received since the start. */
    long states() {
        return states;
    }
}
