package com.suanli.data.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import com.suanli.exchange.listing.Hub;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringRepositoryTest {

    private static final Instant NINE = Instant.parse("2027-03-01T01:00:00Z");

    @TempDir
    Path dir;

    @Test
    void readings_and_outages_come_back_in_time_order_after_the_database_is_reopened() {
        HubReading yrd = new HubReading(NINE, "H100", Hub.YRD, 24_000, 24_000, 18_720, 0.78, 1.0, 0);
        HubReading nmLater = new HubReading(NINE.plusSeconds(3_600), "H100", Hub.NM, 30_000, 27_000, 21_000, 21_000 / 27_000.0,
                1.0, 1);
        HubReading nm = new HubReading(NINE, "H100", Hub.NM, 30_000, 30_000, 21_000, 0.70, 1.0, 0);
        HubOutage outage = new HubOutage(NINE.plusSeconds(1_800), "H100", Hub.NM, 3_000, 480);
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                MonitoringRepository repository = new MonitoringRepository(c);
                repository.add(yrd);
                repository.add(nmLater);
                repository.add(nm);
                repository.add(outage);
                return null;
            });
        }
        try (DeskStore store = TestStores.fresh(dir)) {
            List<HubReading> all = store.transaction(c -> new MonitoringRepository(c).readingsSince(NINE));
            List<HubReading> later = store.transaction(c -> new MonitoringRepository(c).readingsSince(NINE.plusSeconds(1)));
            List<HubOutage> outages = store.transaction(c -> new MonitoringRepository(c).outages());
            assertThat(all).containsExactly(yrd, nm, nmLater);
            assertThat(later).containsExactly(nmLater);
            assertThat(outages).containsExactly(outage);
            Optional<Instant> began = store.transaction(c -> new MonitoringRepository(c).firstReadingAt());
            assertThat(began).as("monitoring began with the earliest reading").contains(NINE);
        }
    }

    @Test
    void a_desk_that_never_monitored_has_no_first_reading() {
        try (DeskStore store = TestStores.fresh(dir)) {
            Optional<Instant> began = store.transaction(c -> new MonitoringRepository(c).firstReadingAt());
            assertThat(began).isEmpty();
        }
    }

    @Test
    void a_reading_that_cannot_be_is_refused_naming_its_field() {
        assertThatThrownBy(() -> new HubReading(NINE, "H100", Hub.YRD, 100, 120, 50, 0.5, 1.0, 0))
                .hasMessageStartingWith("onlineGpus, busyGpus: need 0 <= busy <= online <= capacity");
        assertThatThrownBy(() -> new HubReading(NINE, "H100", Hub.YRD, 100, 100, 50, 1.5, 1.0, 0))
                .hasMessage("occupancy: must be 0 to 1, was 1.5");
        assertThatThrownBy(() -> new HubOutage(NINE, "H100", Hub.YRD, 0, 60))
                .hasMessage("gpusOffline: must be positive, was 0");
    }
}
