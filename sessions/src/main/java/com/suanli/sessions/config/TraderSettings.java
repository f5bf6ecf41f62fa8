package com.suanli.sessions.config;

import java.util.Objects;

/**
 * Noise, value, momentum and arbitrage traders: each order is {@code orderLots} at most.
 *
 * @param thresholdBps how far a price must stray (from the trader's view, its average, or the fair
 *        spread) before it trades; for noise traders the range of their resting limits around the mid
 * @param viewNoiseBps the standard deviation of a value trader's view of the fundamental
 * @param fastMinutes a momentum trader's fast average, in trading minutes
 * @param slowMinutes a momentum trader's slow average, longer than the fast one
 */
public record TraderSettings(AgentGroup group, long orderLots, int thresholdBps, int viewNoiseBps, int fastMinutes,
                             int slowMinutes) {

    public TraderSettings {
        Objects.requireNonNull(group, "group: must not be null");
        Require.between("orderLots", orderLots, 1, 1_000_000);
        Require.between("thresholdBps", thresholdBps, 0, 5_000);
        Require.between("viewNoiseBps", viewNoiseBps, 0, 5_000);
        Require.between("fastMinutes", fastMinutes, 1, 100_000);
        Require.between("slowMinutes", slowMinutes, fastMinutes + 1L, 1_000_000);
    }

    /** A trader group whose only parameters are the order size and the threshold. */
    public static TraderSettings of(AgentGroup group, long orderLots, int thresholdBps) {
        return new TraderSettings(group, orderLots, thresholdBps, 0, 1, 2);
    }
}
