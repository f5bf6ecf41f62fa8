package com.suanli.desk.simulation;

import com.suanli.data.monitoring.HubOutage;
import com.suanli.data.monitoring.HubReading;
import com.suanli.data.monitoring.MonitoringRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.sessions.fundamental.HubReport;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.fundamental.OutageReport;
import java.time.Instant;
import java.util.Objects;

/**
 * The live session's compute monitoring on the desk: every provider report and outage is kept in the
 * database ({@code hub_readings}, {@code hub_outages}), each in its own transaction on the session's
 * thread, then told to the screens. A write that fails fails the session's step, and the status bar
 * says why.
 */
final class MonitoringRecorder implements MonitoringFeed {

    private final DeskStore store;
    private final MonitoringListener listener;

    MonitoringRecorder(DeskStore store, MonitoringListener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void onHubReport(HubReport report) {
        HubReading reading = new HubReading(Instant.ofEpochMilli(report.timestamp()), report.productCode(), report.hub(),
                report.capacityGpus(), report.onlineGpus(), report.busyGpus(), report.occupancy(),
                report.serviceQuality(), report.outagesUnderWay());
        store.transaction(c -> {
            new MonitoringRepository(c).add(reading);
            return null;
        });
        listener.onReading(reading);
    }

    @Override
    public void onOutage(OutageReport report) {
        HubOutage outage = new HubOutage(Instant.ofEpochMilli(report.timestamp()), report.productCode(), report.hub(),
                report.gpusOffline(), report.minutes());
        store.transaction(c -> {
            new MonitoringRepository(c).add(outage);
            return null;
        });
        listener.onOutage(outage);
    }
}
