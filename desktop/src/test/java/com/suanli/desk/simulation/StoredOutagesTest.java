package com.suanli.desk.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.monitoring.HubOutage;
import com.suanli.data.monitoring.HubReading;
import com.suanli.data.monitoring.MonitoringRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live session's insurer fits its outage frequency to the monitoring the desk stored ({@code hub_outages}
 * since the first {@code hub_readings} row), not only to the configured rate.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StoredOutagesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), SHANGHAI);
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    /** A fitted mean is the sample mean: exact but for rounding. */
    private static final double RATE_TOLERANCE = 1e-6;

    @TempDir
    Path dir;

    @Test
    void the_live_insurers_frequency_fit_moves_with_the_outages_the_desk_stored() throws Exception {
        SessionConfig wave = SessionConfigJson.readBundled("outage-wave");
        try (DeskStore store = TestDesks.database(dir);
             ExchangeStartup startup = TestDesks.startup(CatalogueJson::readDefault, store, MONDAY)) {
            DeskExchange desk = startup.start().exchange();
            assertThat(yrdRate(desk, store, wave)).as("nothing monitored yet: YRD's configured 45 outages a month")
                    .isCloseTo(45 / 30.0, within(RATE_TOLERANCE));

            // Monitoring began twenty days ago; four outages at YRD since, two of them on one day.
            Instant began = TODAY.minusDays(20).atTime(9, 0).atZone(SHANGHAI).toInstant();
            store.transaction(c -> {
                MonitoringRepository kept = new MonitoringRepository(c);
                kept.add(new HubReading(began, "H100", Hub.YRD, 24_000, 24_000, 18_720, 0.78, 1.0, 0));
                for (int day : new int[] {2, 9, 9, 15}) {
                    kept.add(new HubOutage(began.plusSeconds(day * 86_400L + 3_600), "H100", Hub.YRD, 3_600, 600));
                }
                return null;
            });
            assertThat(yrdRate(desk, store, wave)).as("4 outages in 20 monitored days").isCloseTo(0.2, within(RATE_TOLERANCE));
        }
    }

    /** YRD's outages a day as the insurer of a live outage wave started now prices them. */
    private static double yrdRate(DeskExchange desk, DeskStore store, SessionConfig wave) {
        DeskSimulation simulation = DeskSimulation.start(desk, store, wave, 1, MONDAY, MonitoringListener.NONE, s -> { });
        simulation.stop();
        return simulation.session().session().insurance().frequency("H100", Hub.YRD, TODAY).mean();
    }
}
