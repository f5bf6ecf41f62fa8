package com.suanli.sessions.fundamental;

import com.suanli.exchange.listing.Hub;

/** An outage at a hub: from {@code timestamp}, {@code gpusOffline} GPUs of the product down for {@code minutes}. */
public record OutageReport(long timestamp, String productCode, Hub hub, long gpusOffline, long minutes) {
}
