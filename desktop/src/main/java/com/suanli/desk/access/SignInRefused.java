package com.suanli.desk.access;

import java.time.Duration;

/**
 * A sign-in refused: a wrong login or password (never saying which), or an attempt made too soon after
 * failures. {@link #retryAfter()} is how long the desk refuses the next attempt.
 */
public final class SignInRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public SignInRefused(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
