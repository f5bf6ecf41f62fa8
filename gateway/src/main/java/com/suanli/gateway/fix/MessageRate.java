package com.suanli.gateway.fix;

/**
 * A session's message rate limit: at most {@code perSecond} application messages in any one-second window
 * that starts with the first message after the last window ended. A message over the limit is refused
 * unapplied; the session stays up.
 */
public final class MessageRate {

    private static final long SECOND = 1_000_000_000L;

    private final int perSecond;
    private long windowStart = Long.MIN_VALUE;
    private int counted;

    public MessageRate(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("perSecond: must be at least 1, was " + perSecond);
        }
        this.perSecond = perSecond;
    }

    /** Counts a message at {@code nanos} (a monotonic clock); false when it is over the limit. */
    public synchronized boolean admit(long nanos) {
        if (windowStart == Long.MIN_VALUE || nanos - windowStart >= SECOND) {
            windowStart = nanos;
            counted = 0;
        }
        return ++counted <= perSecond;
    }

    public int perSecond() {
        return perSecond;
    }
}
