package com.suanli.cluster.client;

import org.agrona.DirectBuffer;

/**
 * Receives the members' feed (docs/CLUSTER.md, "The feed") in order, without a gap and without a repeat, on
 * the client's thread: keep it short (copy what is needed and hand it over).
 */
public interface FeedHandler {

    /**
     * The exchange's whole state (a cluster snapshot's bytes, {@code ReplicatedExchange.restore}) as it stood
     * before feed message {@code next}: the leader sent it because its history no longer reached the message
     * the client asked for. Whatever happened between the client's last message and {@code next} is only in it.
     */
    void onState(byte[] state, long next);

    /**
     * Feed message {@code sequence}, the FEED message whole at {@code buffer[offset, offset + length)}: a COMMANDS
     * message as the log holds it, applied by the members at {@code timestamp}, and with the events its commands
     * made when {@link #wantsEvents} ({@code Messages.feedEvents}).
     */
    void onFeed(long sequence, long timestamp, DirectBuffer buffer, int offset, int length);

    /** Whether the feed should carry each message's events (a client that runs no engine of its own). */
    default boolean wantsEvents() {
        return false;
    }
}
