package com.suanli.sessions.config;

import java.util.Objects;

/**
 * AI labs buying forward capacity, or compute providers selling their idle capacity forward: each
 * works towards {@code group.maxLots} in a future {@code monthsAhead} delivery months out at its
 * hub, {@code lotsPerDay} a day at most, paying (or giving up) up to {@code urgencyBps} over
 * (under) the fair value. Providers may fail their deliveries on their own ({@code failures}).
 */
public record HedgerSettings(AgentGroup group, long lotsPerDay, int urgencyBps, int monthsAhead,
                             DeliveryFailures failures) {

    public HedgerSettings {
        Objects.requireNonNull(group, "group: must not be null");
        Objects.requireNonNull(failures, "failures: must not be null");
        Require.between("lotsPerDay", lotsPerDay, 1, 1_000_000);
        Require.between("urgencyBps", urgencyBps, 0, 5_000);
        Require.between("monthsAhead", monthsAhead, 1, 36);
    }

    /** Hedgers that deliver what they owe when their hub can. */
    public HedgerSettings(AgentGroup group, long lotsPerDay, int urgencyBps, int monthsAhead) {
        this(group, lotsPerDay, urgencyBps, monthsAhead, DeliveryFailures.NONE);
    }
}
