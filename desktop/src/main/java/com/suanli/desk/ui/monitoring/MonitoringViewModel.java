package com.suanli.desk.ui.monitoring;

import com.suanli.data.monitoring.HubOutage;
import com.suanli.data.monitoring.HubReading;
import com.suanli.desk.simulation.MonitoringListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the monitoring panel shows, on the FX thread: the latest reading of each hub (in the order the hubs
 * first reported), each hub's occupancy over time (the last {@link #POINTS} readings) and the outages, newest
 * first. Filled from the database at start ({@link #load}) and then by the live session's feed.
 */
public final class MonitoringViewModel implements MonitoringListener {

    /** Readings kept per hub for the chart: at the calm month's hourly reports, weeks of the session clock. */
    static final int POINTS = 500;
    /** Outages the log keeps. */
    static final int OUTAGES = 1_000;

    private final ObservableList<HubReading> hubs = FXCollections.observableArrayList();
    private final ObservableList<HubOutage> outages = FXCollections.observableArrayList();
    private final Map<String, List<HubReading>> history = new LinkedHashMap<>();
    /** Bumped at every reading: the chart redraws on it. */
    private final ReadOnlyLongWrapper readings = new ReadOnlyLongWrapper(this, "readings");

    /** What the database kept, oldest first: readings, then outages. */
    public void load(List<HubReading> keptReadings, List<HubOutage> keptOutages) {
        keptReadings.forEach(this::onReading);
        keptOutages.forEach(this::onOutage);
    }

    @Override
    public void onReading(HubReading reading) {
        List<HubReading> series = history.computeIfAbsent(reading.hubName(), hub -> new ArrayList<>());
        series.add(reading);
        if (series.size() > POINTS) {
            series.remove(0);
        }
        int row = indexOf(reading.hubName());
        if (row < 0) {
            hubs.add(reading);
        } else {
            hubs.set(row, reading);
        }
        readings.set(readings.get() + 1);
    }

    @Override
    public void onOutage(HubOutage outage) {
        outages.add(0, outage);
        if (outages.size() > OUTAGES) {
            outages.remove(OUTAGES, outages.size());
        }
    }

    private int indexOf(String hubName) {
        for (int i = 0; i < hubs.size(); i++) {
            if (hubs.get(i).hubName().equals(hubName)) {
                return i;
            }
        }
        return -1;
    }

    /** Each hub's latest reading. */
    public ObservableList<HubReading> hubs() {
        return hubs;
    }

    /** The outages, newest first. */
    public ObservableList<HubOutage> outages() {
        return outages;
    }

    /** Each hub's readings, oldest first, by hub name ({@code H100-YRD}), in the order the hubs first reported. */
    public Map<String, List<HubReading>> history() {
        return history;
    }

    public ReadOnlyLongProperty readingsProperty() {
        return readings.getReadOnlyProperty();
    }
}
