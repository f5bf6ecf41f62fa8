package com.suanli.sessions.run;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.ReportDelivery;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.DeliveryStatus;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.fundamental.Fundamental;
import com.suanli.sessions.fundamental.HubFundamental;
import com.suanli.sessions.market.SessionListing;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hubs' metering of delivery obligations (docs/CLEARING.md, "Delivery"): each obligation the
 * exchange schedules is delivered evenly over the calendar days of its period, and at each open the
 * days since the last report are reported ({@code ReportDelivery}). Of each day's units the share the
 * hub cannot serve now fails: one less the service quality its providers report (the share of demand
 * the capacity online can serve), so a hub in an outage fails its deliveries and a calm one delivers
 * them all; of what the hub can serve, the provider fails what it fails on its own
 * ({@link ProviderFailures}: its capacity cuts and its own failure rate). The obligations come from the
 * event stream ({@code DeliveryChanged}), in id order.
 */
final class DeliveryMetering {

    private final SessionListing listing;
    private final Fundamental fundamental;
    private final ProviderFailures providers;
    private final Map<Long, Obligation> open = new TreeMap<>();

    private static final class Obligation {
        private final DeliveryChanged scheduled;
        private final long days;
        private long reportedUnits;

        private Obligation(DeliveryChanged scheduled) {
            this.scheduled = scheduled;
            this.days = ChronoUnit.DAYS.between(scheduled.firstDay(), scheduled.lastDay()) + 1;
        }

        /** The units due by the end of {@code day} days of the period: an even share, the rest on the last day. */
        private long dueAfter(long day) {
            return day >= days ? scheduled.units() : scheduled.units() * day / days;
        }
    }

    DeliveryMetering(SessionListing listing, Fundamental fundamental, ProviderFailures providers) {
        this.listing = listing;
        this.fundamental = fundamental;
        this.providers = providers;
    }

    void onDelivery(DeliveryChanged delivery) {
        if (delivery.status() == DeliveryStatus.SCHEDULED && !open.containsKey(delivery.deliveryId())) {
            open.put(delivery.deliveryId(), new Obligation(delivery));
        }
    }

    /** The reports at the open of {@code today} for the days delivered before it. */
    List<Command> reports(LocalDate today, long time) {
        List<Command> reports = new ArrayList<>();
        for (Obligation obligation : List.copyOf(open.values())) {
            long daysDone = Math.min(obligation.days,
                    Math.max(0, ChronoUnit.DAYS.between(obligation.scheduled.firstDay(), today)));
            long units = obligation.dueAfter(daysDone) - obligation.reportedUnits;
            if (units <= 0) {
                continue;
            }
            DeliveryChanged scheduled = obligation.scheduled;
            double delivering = serviceQuality(scheduled.instrumentId(), time)
                    * providers.delivering(scheduled.providerAccount(), today);
            long failed = Math.round(units * (1.0 - delivering));
            reports.add(new ReportDelivery(time, obligation.scheduled.deliveryId(), units - failed, failed));
            obligation.reportedUnits += units;
            if (obligation.reportedUnits == obligation.scheduled.units()) {
                open.remove(obligation.scheduled.deliveryId());
            }
        }
        return reports;
    }

    private double serviceQuality(int instrumentId, long time) {
        ContractSpec spec = listing.spec(instrumentId);
        HubFundamental hub = fundamental.hub(spec.product().code(), spec.hub()).orElseThrow();
        return hub.monitor().report(time).serviceQuality();
    }
}
