package com.suanli.desk.ui.monitoring;

import com.suanli.data.monitoring.HubOutage;
import com.suanli.data.monitoring.HubReading;
import com.suanli.data.monitoring.MonitoringRepository;
import com.suanli.data.store.DeskStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** What the panel shows at start: the last day of readings the database kept, and its outages. */
public final class MonitoringHistory {

    /** A day of wall time: at a speed of 60 two months of the session clock's readings. */
    static final Duration SHOWN = Duration.ofDays(1);

    private MonitoringHistory() {
    }

    public static void load(DeskStore store, Clock clock, MonitoringViewModel model) {
        List<HubReading> readings = store.transaction(c -> new MonitoringRepository(c)
                .readingsSince(clock.instant().minus(SHOWN)));
        List<HubOutage> outages = store.transaction(c -> new MonitoringRepository(c).outages());
        model.load(readings, outages);
    }
}
