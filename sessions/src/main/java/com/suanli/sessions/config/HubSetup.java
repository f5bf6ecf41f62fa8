package com.suanli.sessions.config;

import com.suanli.exchange.listing.Hub;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One product at one hub: where its fundamental starts and reverts to, and what the compute
 * monitoring there watches.
 *
 * @param hub the hub
 * @param spot the spot price at the start, CNY per unit (a multiple of the product's tick)
 * @param longRunSpot the level the spot reverts to, CNY per unit, before seasonality and obsolescence
 * @param capacityGpus the GPUs the hub's providers run for this product
 * @param baseOccupancy the share of them busy in a calm market, 0.05 to 0.99
 * @param outagesPerMonth outages expected in 30 days
 * @param outageShare the mean share of capacity one outage takes offline, 0 to 1
 * @param outageHours the mean length of an outage
 */
public record HubSetup(Hub hub, BigDecimal spot, double longRunSpot, long capacityGpus, double baseOccupancy,
                       double outagesPerMonth, double outageShare, double outageHours) {

    public HubSetup {
        Objects.requireNonNull(hub, "hub: must not be null");
        Objects.requireNonNull(spot, "spot: must not be null");
        if (spot.signum() <= 0) {
            throw new IllegalArgumentException("spot: must be > 0, was " + spot.toPlainString());
        }
        Require.positive("longRunSpot", longRunSpot);
        Require.between("capacityGpus", capacityGpus, 1, 100_000_000);
        Require.between("baseOccupancy", baseOccupancy, 0.05, 0.99);
        Require.between("outagesPerMonth", outagesPerMonth, 0.0, 1_000.0);
        Require.between("outageShare", outageShare, 0.0, 1.0);
        Require.between("outageHours", outageHours, 0.01, 24.0 * 30);
    }
}
