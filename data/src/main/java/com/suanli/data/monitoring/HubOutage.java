package com.suanli.data.monitoring;

import com.suanli.exchange.listing.Hub;
import java.time.Instant;
import java.util.Objects;

/** An outage of a product at a hub: from {@code start}, {@code gpusOffline} GPUs down for {@code minutes}. */
public record HubOutage(Instant start, String productCode, Hub hub, long gpusOffline, long minutes) {

    public HubOutage {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
        if (gpusOffline <= 0) {
            throw new IllegalArgumentException("gpusOffline: must be positive, was " + gpusOffline);
        }
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutes: must be positive, was " + minutes);
        }
    }
}
