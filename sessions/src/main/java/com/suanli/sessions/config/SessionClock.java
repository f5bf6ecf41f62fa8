package com.suanli.sessions.config;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The session clock: each business day trades from {@code open} to {@code close} Shanghai time in
 * steps of {@code stepSeconds}; at every step the fundamental moves and the agents that wake act.
 * Fair values from the forward curve are refreshed every {@code fairValueRefreshMinutes}, which is
 * also how often the monitoring feed reports. {@code speed} is simulated seconds per wall-clock
 * second for a session run in real time (the workstation); a headless run ignores it and goes as
 * fast as it can.
 */
public record SessionClock(LocalTime open, LocalTime close, int stepSeconds, int fairValueRefreshMinutes, double speed) {

    public SessionClock {
        Objects.requireNonNull(open, "open: must not be null");
        Objects.requireNonNull(close, "close: must not be null");
        if (!close.isAfter(open)) {
            throw new IllegalArgumentException("close: must be after open " + open + ", was " + close);
        }
        Require.between("stepSeconds", stepSeconds, 1, 4 * 3600);
        Require.between("fairValueRefreshMinutes", fairValueRefreshMinutes, 1, 24 * 60);
        if (fairValueRefreshMinutes * 60 % stepSeconds != 0) {
            throw new IllegalArgumentException("fairValueRefreshMinutes: must be a whole number of steps of "
                    + stepSeconds + " s, was " + fairValueRefreshMinutes);
        }
        Require.positive("speed", speed);
    }

    /** The steps of one trading day (the last one ends at or before the close). */
    public int stepsPerDay() {
        return Math.max(1, (close.toSecondOfDay() - open.toSecondOfDay()) / stepSeconds);
    }

    /** Whether the fair values are refreshed (and the monitors report) after {@code step} steps of the day. */
    public boolean refreshesAt(int step) {
        return (long) step * stepSeconds % (fairValueRefreshMinutes * 60L) == 0;
    }
}
