package com.suanli.sessions.fundamental;

import com.suanli.exchange.listing.Hub;

/**
 * What a hub's providers report for one product: the GPUs they run, those online (not in an
 * outage), those busy, occupancy (busy / online) and service quality (the share of demand served).
 */
public record HubReport(long timestamp, String productCode, Hub hub, long capacityGpus, long onlineGpus, long busyGpus,
                        double occupancy, double serviceQuality) {
}
