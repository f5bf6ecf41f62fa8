package com.suanli.desk.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The wait after failed sign-ins: 1 s after the first failure in a row, doubling with each further one up to
 * {@link #LONGEST}; a success clears it. It is the desk's (this process's), whatever login was tried, so that
 * guessing is slow without telling which logins exist.
 */
final class SignInThrottle {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofSeconds(30);
    /** Enough doublings of {@link #FIRST} to pass {@link #LONGEST}; more would only overflow. */
    private static final int DOUBLINGS = 6;

    private final Clock clock;
    private int failures;
    private Instant nextAllowed = Instant.MIN;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long until an attempt is taken; zero when it may be made now. */
    synchronized Duration remaining() {
        Duration left = Duration.between(clock.instant(), nextAllowed);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts a failure and answers how long the next attempt waits. */
    synchronized Duration failed() {
        failures++;
        Duration doubled = FIRST.multipliedBy(1L << (Math.min(failures, DOUBLINGS) - 1));
        Duration delay = doubled.compareTo(LONGEST) > 0 ? LONGEST : doubled;
        nextAllowed = clock.instant().plus(delay);
        return delay;
    }

    synchronized void succeeded() {
        failures = 0;
        nextAllowed = Instant.MIN;
    }
}
