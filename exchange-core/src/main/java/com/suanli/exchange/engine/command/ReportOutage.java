package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.Hub;

import java.util.Objects;

/**
 * Operator (from the hub's compute monitoring): {@code unitsOffline} of the {@code hubUnits} GPUs
 * of {@code productCode} at {@code hub} are down from {@code start} to {@code end} (epoch
 * milliseconds; the end may be the monitor's expected end). The outage covers live at the hub pay
 * their claims at once (docs/INSURANCE.md, "Claims").
 */
public record ReportOutage(long timestamp, String productCode, Hub hub, long start, long end, long unitsOffline,
                           long hubUnits) implements Command {
    public ReportOutage {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.REPORT_OUTAGE;
    }
}
