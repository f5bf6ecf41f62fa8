package com.suanli.data.monitoring;

import com.suanli.exchange.listing.Hub;
import java.time.Instant;
import java.util.Objects;

/**
 * What the providers of a product at a hub reported at {@code at}: GPUs they run, online (not in an
 * outage) and busy, occupancy (busy / online), service quality (the share of demand served) and the
 * outages under way.
 */
public record HubReading(Instant at, String productCode, Hub hub, long capacityGpus, long onlineGpus, long busyGpus,
                         double occupancy, double serviceQuality, int openOutages) {

    public HubReading {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
        if (capacityGpus < 0 || onlineGpus < 0 || onlineGpus > capacityGpus || busyGpus < 0 || busyGpus > onlineGpus) {
            throw new IllegalArgumentException("onlineGpus, busyGpus: need 0 <= busy <= online <= capacity, were "
                    + busyGpus + ", " + onlineGpus + ", " + capacityGpus);
        }
        Shares.check("occupancy", occupancy);
        Shares.check("serviceQuality", serviceQuality);
        if (openOutages < 0) {
            throw new IllegalArgumentException("openOutages: must not be negative, was " + openOutages);
        }
    }

    /** The hub's name on screen and in the index, e.g. {@code H100-YRD}. */
    public String hubName() {
        return productCode + "-" + hub.code();
    }
}
