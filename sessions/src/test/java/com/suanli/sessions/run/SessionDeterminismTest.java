package com.suanli.sessions.run;

import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.MonitoringFeed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionDeterminismTest {

    @Test
    void the_same_configuration_and_seed_give_the_same_event_stream_and_another_seed_another() {
        SessionConfig calm = SessionConfigJson.readDefault();
        SessionSummary first = new HeadlessSession(calm, 7, MonitoringFeed.NONE).run();
        SessionSummary again = new HeadlessSession(calm, 7, MonitoringFeed.NONE).run();
        SessionSummary other = new HeadlessSession(calm, 8, MonitoringFeed.NONE).run();

        assertThat(again.eventStreamHash()).isEqualTo(first.eventStreamHash());
        assertThat(again).isEqualTo(first);
        assertThat(other.eventStreamHash()).isNotEqualTo(first.eventStreamHash());
        assertThat(first.trades()).isPositive();
    }
}
