package com.suanli.desk.access;

import java.time.Duration;

/**
 * A sign-in refused: a wrong login or password (never saying which), or an attempt made too soon after
 * failures. {@link #retryAfter()} is how long the desk refuses the next attempt.
 */
public final class SignInRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;
    private final boolean tooSoon;

    /** @param tooSoon whether this attempt came within the wait after failures, and was not checked */
    public SignInRefused(String message, Duration retryAfter, boolean tooSoon) {
        super(message);
        this.retryAfter = retryAfter;
        this.tooSoon = tooSoon;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether the attempt came too soon after failures (unchecked); else the login or password was wrong. */
    public boolean tooSoon() {
        return tooSoon;
    }

    /** The wait in whole seconds, rounded up and at least 1: what the refusal says. */
    public long retrySeconds() {
        return seconds(retryAfter);
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
