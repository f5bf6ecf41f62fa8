package com.suanli.sessions.fundamental;

import com.suanli.pricing.math.RandomStream;
import com.suanli.sessions.config.HubSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * The compute of one product at one hub: demand (the share of capacity customers want) wanders
 * around its calm level, outages arrive as a Poisson process at the configured rate, each taking
 * a random share of the capacity offline for an exponentially distributed time. Demand pressing on
 * less capacity online is scarcity: {@link #scarcityFactor} lifts the spot by
 * {@code exp(elasticity x (pressure - base))} while the pressure (demand over capacity online) is
 * above its calm level.
 */
public final class ComputeMonitor {

    private static final double MINUTES_PER_MONTH = 30.0 * 24 * 60;
    /** Demand reverts to its base with a half-life of about three hours and moves about 1% an hour. */
    private static final double DEMAND_REVERSION_PER_MINUTE = 1.0 / 240;
    private static final double DEMAND_STD_PER_HOUR = 0.01;
    /** Pressure beyond three times the capacity online adds no more scarcity (customers leave). */
    private static final double MAX_PRESSURE = 3.0;

    private final String productCode;
    private final HubSetup setup;
    private final RandomStream random;
    /** Each outage under way: the session-clock millisecond it ends, the GPUs it took. */
    private final List<long[]> outages = new ArrayList<>();
    /**
     * Milliseconds of the session clock the monitor has lived. Outages end on it, not on the timestamps, which
     * are the exchange's: live on the desk at a speed of 600 an outage of six hours lasts 36 wall seconds.
     */
    private long elapsed;
    private double demand;
    private long offline;
    private long outageCount;

    public ComputeMonitor(String productCode, HubSetup setup, RandomStream random) {
        this.productCode = productCode;
        this.setup = setup;
        this.random = random;
        this.demand = setup.baseOccupancy();
    }

    /** Time passes by {@code minutes} of the session clock up to {@code now}: outages end and begin, demand moves. */
    public void advance(long now, double minutes, MonitoringFeed feed) {
        elapsed += Math.round(minutes * 60_000);
        outages.removeIf(outage -> outage[0] <= elapsed && release(outage[1]));
        int arrivals = random.nextPoisson(setup.outagesPerMonth() * minutes / MINUTES_PER_MONTH);
        for (int k = 0; k < arrivals; k++) {
            long online = setup.capacityGpus() - offline;
            long gpus = Math.min(online, Math.round(setup.capacityGpus() * setup.outageShare() * (0.5 + random.nextUniform())));
            long length = Math.max(1, Math.round(-Math.log(1.0 - random.nextUniform()) * setup.outageHours() * 60));
            if (gpus > 0) {
                offline += gpus;
                outages.add(new long[] {elapsed + length * 60_000, gpus});
                outageCount++;
                feed.onOutage(new OutageReport(now, productCode, setup.hub(), gpus, length));
            }
        }
        double hours = minutes / 60.0;
        demand += (setup.baseOccupancy() - demand) * Math.min(1.0, minutes * DEMAND_REVERSION_PER_MINUTE)
                + DEMAND_STD_PER_HOUR * Math.sqrt(hours) * random.nextGaussian();
        demand = Math.max(0.0, Math.min(1.0, demand));
    }

    private boolean release(long gpus) {
        offline -= gpus;
        return true;
    }

    /** Demand over the capacity online. */
    public double pressure() {
        long online = setup.capacityGpus() - offline;
        return online <= 0 ? MAX_PRESSURE : Math.min(MAX_PRESSURE, demand * setup.capacityGpus() / online);
    }

    /** How much scarcity lifts the spot: 1 at or below the calm pressure. */
    public double scarcityFactor(double elasticity) {
        return Math.exp(elasticity * Math.max(0.0, pressure() - setup.baseOccupancy()));
    }

    /** The providers' report now. */
    public HubReport report(long now) {
        long online = setup.capacityGpus() - offline;
        double wanted = demand * setup.capacityGpus();
        long busy = Math.min(online, Math.round(wanted));
        double occupancy = online == 0 ? 1.0 : (double) busy / online;
        double quality = wanted <= 0 ? 1.0 : Math.min(1.0, online / wanted);
        return new HubReport(now, productCode, setup.hub(), setup.capacityGpus(), online, busy, occupancy, quality,
                outages.size());
    }

    public long outageCount() {
        return outageCount;
    }
}
