package com.suanli.sessions.fundamental;

import com.suanli.exchange.listing.Hub;

/**
 * What a hub's providers report for one product: the GPUs they run, those online (not in an
 * outage), those busy, occupancy (busy / online), service quality (the share of demand served) and
 * the outages under way.
 */
public record HubReport(long timestamp, String productCode, Hub hub, long capacityGpus, long onlineGpus, long busyGpus,
                        double occupancy, double serviceQuality, int outagesUnderWay) {
}
