package com.suanli.sessions.config;

/**
 * How often compute providers fail their deliveries on their own, beside their hub's shortfall in an
 * outage: each provider cuts the capacity it delivers (a cluster withdrawn for another customer, a
 * rack down for maintenance) {@code capacityCutsPerMonth} times a month on average, each cut failing
 * {@code capacityCutShare} of what it owes that day, and fails {@code ownFailureShare} of what it
 * owes every day (its own operations). The penalties follow through clearing.
 */
public record DeliveryFailures(double capacityCutsPerMonth, double capacityCutShare, double ownFailureShare) {

    /** A provider that fails only when its hub is short. */
    public static final DeliveryFailures NONE = new DeliveryFailures(0, 0, 0);

    public DeliveryFailures {
        Require.between("capacityCutsPerMonth", capacityCutsPerMonth, 0.0, 31.0);
        Require.between("capacityCutShare", capacityCutShare, 0.0, 1.0);
        Require.between("ownFailureShare", ownFailureShare, 0.0, 1.0);
    }
}
