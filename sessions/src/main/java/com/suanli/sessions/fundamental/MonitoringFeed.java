package com.suanli.sessions.fundamental;

/** Where the compute monitoring goes: the session's output, the workstation's views. */
public interface MonitoringFeed {

    MonitoringFeed NONE = new MonitoringFeed() {
        @Override
        public void onHubReport(HubReport report) {
        }

        @Override
        public void onOutage(OutageReport outage) {
        }
    };

    void onHubReport(HubReport report);

    void onOutage(OutageReport outage);
}
