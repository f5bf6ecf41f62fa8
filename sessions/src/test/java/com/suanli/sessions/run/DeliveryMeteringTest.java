package com.suanli.sessions.run;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.ReportDelivery;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.DeliveryStatus;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.Fundamental;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.market.SessionListing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hubs' metering alone: even daily shares reported at each open, whole at the end, failing what an outage cannot serve. */
class DeliveryMeteringTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 2, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 2, 28);
    private static final long OPEN = 1_801_443_600_000L;

    @Test
    void a_calm_hub_delivers_an_even_share_a_day_reported_at_each_open_and_the_whole_by_the_end() throws IOException {
        Metered calm = metered("\"outagesPerMonth\": 0.0, \"outageShare\": 0.10");
        calm.metering().onDelivery(scheduled(1, calm.instrumentId(), 10_000));

        assertThat(calm.metering().reports(FIRST, OPEN)).as("nothing delivered before the first day ends").isEmpty();
        assertThat(calm.metering().reports(LocalDate.of(2027, 2, 4), OPEN)).containsExactly(
                new ReportDelivery(OPEN, 1, 10_000 * 3 / 28, 0));
        assertThat(calm.metering().reports(LocalDate.of(2027, 2, 5), OPEN)).containsExactly(
                new ReportDelivery(OPEN, 1, 10_000 * 4 / 28 - 10_000 * 3 / 28, 0));
        List<Command> last = calm.metering().reports(LocalDate.of(2027, 3, 1), OPEN);
        assertThat(last).containsExactly(new ReportDelivery(OPEN, 1, 10_000 - 10_000 * 4 / 28, 0));
        assertThat(calm.metering().reports(LocalDate.of(2027, 3, 2), OPEN)).as("finished").isEmpty();
    }

    @Test
    void a_hub_with_all_its_capacity_offline_fails_what_is_due() throws IOException {
        Metered dark = metered("\"outagesPerMonth\": 1000.0, \"outageShare\": 1.0");
        dark.fundamental().advance(OPEN, 24 * 60, MonitoringFeed.NONE);
        dark.metering().onDelivery(scheduled(7, dark.instrumentId(), 2_800));

        assertThat(dark.metering().reports(LocalDate.of(2027, 2, 2), OPEN)).containsExactly(
                new ReportDelivery(OPEN, 7, 0, 100));
    }

    private record Metered(DeliveryMetering metering, Fundamental fundamental, int instrumentId) {
    }

    /** The expiry week with both CPUX86 hubs' outages as given. */
    private static Metered metered(String outages) throws IOException {
        String text;
        try (InputStream in = SessionConfigJson.class.getResourceAsStream("expiry-week.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = text.replace("\"outagesPerMonth\": 2.0, \"outageShare\": 0.10", outages);
        assertThat(changed).isNotEqualTo(text);
        SessionConfig config = SessionConfigJson.read(changed, "metered.json");
        SessionListing listing = SessionListing.of(config);
        Fundamental fundamental = new Fundamental(config, new SplittableRandom(1));
        int id = listing.futures("CPUX86", Hub.YRD, LocalDate.of(2027, 1, 25)).get(0).instrumentId();
        return new Metered(new DeliveryMetering(listing, fundamental), fundamental, id);
    }

    private static DeliveryChanged scheduled(long deliveryId, int instrumentId, long units) {
        return new DeliveryChanged(1, OPEN, deliveryId, instrumentId, 2001, 2002, FIRST, LAST, units, 121,
                DeliveryStatus.SCHEDULED, 0, 0, 0, 0, 0);
    }
}
