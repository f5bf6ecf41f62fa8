package com.suanli.desk.simulation;

import com.suanli.data.monitoring.HubOutage;
import com.suanli.data.monitoring.MonitoringRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.sessions.fundamental.OutageReport;
import com.suanli.sessions.insurance.InsuranceProgramme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The compute monitoring the desk kept before a live session starts ({@code hub_outages} since the first
 * {@code hub_readings} row), as the session's insurer counts it: its frequency fit then reads the desk's
 * whole monitored history, not only the session's own days or the configured rates.
 */
record StoredOutages(List<OutageReport> outages, LocalDate monitoredSince) {

    StoredOutages {
        outages = List.copyOf(outages);
    }

    /** What {@code store} kept, days in {@code zone}; empty when nothing was ever monitored. */
    static Optional<StoredOutages> read(DeskStore store, ZoneId zone) {
        return store.transaction(c -> {
            MonitoringRepository repository = new MonitoringRepository(c);
            List<HubOutage> kept = repository.outages();
            Optional<Instant> first = repository.firstReadingAt();
            Optional<Instant> since = kept.isEmpty() ? first
                    : Optional.of(first.filter(at -> at.isBefore(kept.get(0).start())).orElse(kept.get(0).start()));
            return since.map(at -> new StoredOutages(kept.stream().map(StoredOutages::report).toList(),
                    at.atZone(zone).toLocalDate()));
        });
    }

    /** Tells the session's insurer. */
    void recallInto(InsuranceProgramme insurer) {
        insurer.recall(outages, monitoredSince);
    }

    private static OutageReport report(HubOutage outage) {
        return new OutageReport(outage.start().toEpochMilli(), outage.productCode(), outage.hub(), outage.gpusOffline(),
                outage.minutes());
    }
}
