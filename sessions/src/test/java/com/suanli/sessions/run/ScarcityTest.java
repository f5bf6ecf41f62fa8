package com.suanli.sessions.run;

import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.MonitoringFeed;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The monitoring's outages reach the exchange: a wave of outages at the hub lifts the spot index fixed there. */
class ScarcityTest {

    /** About one outage of a fifth of the capacity at any time lifts the fundamental by about half; 5% is far below it. */
    private static final BigDecimal LIFT = new BigDecimal("1.05");

    @Test
    void a_wave_of_outages_at_the_hub_lifts_the_index_the_session_publishes_there() throws IOException {
        String example = Files.readString(Path.of("../docs/examples/session-rmsc03.json"), StandardCharsets.UTF_8)
                .replace("\"count\": 5000", "\"count\": 300").replace("\"stepSeconds\": 10", "\"stepSeconds\": 60")
                .replace("\"days\": 1", "\"days\": 3");
        String calm = example.replace("\"outagesPerMonth\": 1.0", "\"outagesPerMonth\": 0.0");
        String wave = example.replace("\"outagesPerMonth\": 1.0, \"outageShare\": 0.08, \"outageHours\": 6",
                "\"outagesPerMonth\": 60.0, \"outageShare\": 0.2, \"outageHours\": 12");
        assertThat(wave).isNotEqualTo(example);

        SessionSummary quiet = new HeadlessSession(SessionConfigJson.read(calm, "calm.json"), 3, MonitoringFeed.NONE).run();
        SessionSummary stressed = new HeadlessSession(SessionConfigJson.read(wave, "wave.json"), 3, MonitoringFeed.NONE).run();

        assertThat(quiet.outages()).isZero();
        assertThat(stressed.outages()).isPositive();
        assertThat(stressed.indices().get("H100-YRD")).isGreaterThan(quiet.indices().get("H100-YRD").multiply(LIFT));
    }
}
