package com.suanli.desk.simulation;

import com.suanli.data.monitoring.HubOutage;
import com.suanli.data.monitoring.HubReading;
import java.util.Objects;
import java.util.concurrent.Executor;

/** Hears the live session's compute monitoring once it is kept: each hub's reading, each outage. */
public interface MonitoringListener {

    MonitoringListener NONE = new MonitoringListener() {
        @Override
        public void onReading(HubReading reading) {
        }

        @Override
        public void onOutage(HubOutage outage) {
        }
    };

    void onReading(HubReading reading);

    void onOutage(HubOutage outage);

    /** This listener, told on {@code thread} (the FX thread) instead of the session's. */
    default MonitoringListener on(Executor thread) {
        Objects.requireNonNull(thread, "thread");
        MonitoringListener listener = this;
        return new MonitoringListener() {
            @Override
            public void onReading(HubReading reading) {
                thread.execute(() -> listener.onReading(reading));
            }

            @Override
            public void onOutage(HubOutage outage) {
                thread.execute(() -> listener.onOutage(outage));
            }
        };
    }
}
