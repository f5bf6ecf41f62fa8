package com.suanli.sessions.config;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The session clock: each business day trades from {@code open} to {@code close} Shanghai time in
 * steps of {@code stepMinutes}; at every step the fundamental moves and the agents that wake act.
 * Fair values from the forward curve are refreshed every {@code fairValueRefreshMinutes}, which is
 * also how often the monitoring feed reports. {@code speed} is simulated seconds per wall-clock
 * second for a session run in real time (the workstation); a headless run ignores it and goes as
 * fast as it can.
 */
public record SessionClock(LocalTime open, LocalTime close, int stepMinutes, int fairValueRefreshMinutes, double speed) {

    public SessionClock {
        Objects.requireNonNull(open, "open: must not be null");
        Objects.requireNonNull(close, "close: must not be null");
        if (!close.isAfter(open)) {
            throw new IllegalArgumentException("close: must be after open " + open + ", was " + close);
        }
        Require.between("stepMinutes", stepMinutes, 1, 240);
        Require.between("fairValueRefreshMinutes", fairValueRefreshMinutes, stepMinutes, 24 * 60);
        Require.positive("speed", speed);
    }

    /** The steps of one trading day (the last one may end at the close). */
    public int stepsPerDay() {
        int minutes = (close.toSecondOfDay() - open.toSecondOfDay()) / 60;
        return Math.max(1, minutes / stepMinutes);
    }
}
