package com.suanli.desk.ui.monitoring;

import com.suanli.data.monitoring.HubOutage;
import com.suanli.data.monitoring.HubReading;
import com.suanli.data.monitoring.MonitoringRepository;
import com.suanli.data.store.DeskStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What the panel shows at start: the last day of readings the database kept, and its outages. Read off the FX thread
 * (two transactions), shown on it before any live reading.
 */
public record MonitoringHistory(List<HubReading> readings, List<HubOutage> outages) {

    /** A day of wall time: at a speed of 60 two months of the session clock's readings. */
    static final Duration SHOWN = Duration.ofDays(1);

    public MonitoringHistory {
        readings = List.copyOf(readings);
        outages = List.copyOf(outages);
    }

    public static MonitoringHistory read(DeskStore store, Clock clock) {
        return new MonitoringHistory(
                store.transaction(c -> new MonitoringRepository(c).readingsSince(clock.instant().minus(SHOWN))),
                store.transaction(c -> new MonitoringRepository(c).outages()));
    }

    /** Shows it in the panel's model (FX thread), in the order kept. */
    public void showIn(MonitoringViewModel model) {
        model.load(readings, outages);
    }
}
