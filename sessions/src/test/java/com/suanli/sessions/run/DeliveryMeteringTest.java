package com.suanli.sessions.run;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.ReportDelivery;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.DeliveryStatus;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.config.DeliveryFailures;
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
    /** The configured provider delivering; the other shorts deliver what their hub can. */
    private static final long PROVIDER = 2001;

    @Test
    void a_calm_hub_delivers_an_even_share_a_day_reported_at_each_open_and_the_whole_by_the_end() throws IOException {
        Metered calm = metered("\"outagesPerMonth\": 0.0, \"outageShare\": 0.10", DeliveryFailures.NONE);
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
        Metered dark = metered("\"outagesPerMonth\": 1000.0, \"outageShare\": 1.0", DeliveryFailures.NONE);
        dark.fundamental().advance(OPEN, 24 * 60, MonitoringFeed.NONE);
        dark.metering().onDelivery(scheduled(7, dark.instrumentId(), 2_800));

        assertThat(dark.metering().reports(LocalDate.of(2027, 2, 2), OPEN)).containsExactly(
                new ReportDelivery(OPEN, 7, 0, 100));
    }

    @Test
    void a_provider_fails_its_own_share_of_what_is_due_at_a_calm_hub_and_a_cut_fails_more() throws IOException {
        Metered own = metered("\"outagesPerMonth\": 0.0, \"outageShare\": 0.10", new DeliveryFailures(0, 0, 0.1));
        own.metering().onDelivery(scheduled(1, own.instrumentId(), 10_000));
        own.metering().onDelivery(new DeliveryChanged(2, OPEN, 2, own.instrumentId(), 3001, 2002, FIRST, LAST, 10_000,
                121, DeliveryStatus.SCHEDULED, 0, 0, 0, 0, 0));
        long due = 10_000 * 3 / 28;
        assertThat(own.metering().reports(LocalDate.of(2027, 2, 4), OPEN)).as("another short is no provider")
                .containsExactly(new ReportDelivery(OPEN, 1, due - Math.round(due * 0.1), Math.round(due * 0.1)),
                        new ReportDelivery(OPEN, 2, due, 0));

        // A cut every day the provider is metered (31 a month: 77% a day; seed 1 cuts on the 4th), half its capacity.
        Metered cut = metered("\"outagesPerMonth\": 0.0, \"outageShare\": 0.10", new DeliveryFailures(31, 0.5, 0.1));
        cut.metering().onDelivery(scheduled(1, cut.instrumentId(), 10_000));
        cut.metering().onDelivery(scheduled(2, cut.instrumentId(), 10_000));
        long failed = Math.round(due * (1 - 0.9 * 0.5));
        assertThat(cut.metering().reports(LocalDate.of(2027, 2, 4), OPEN)).as("one draw for both of its obligations")
                .containsExactly(new ReportDelivery(OPEN, 1, due - failed, failed),
                        new ReportDelivery(OPEN, 2, due - failed, failed));
    }

    private record Metered(DeliveryMetering metering, Fundamental fundamental, int instrumentId) {
    }

    /** The expiry week with both CPUX86 hubs' outages as given, its provider failing as given. */
    private static Metered metered(String outages, DeliveryFailures failures) throws IOException {
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
        return new Metered(new DeliveryMetering(listing, fundamental,
                new ProviderFailures(failures, new SplittableRandom(1), account -> account == PROVIDER)), fundamental, id);
    }

    private static DeliveryChanged scheduled(long deliveryId, int instrumentId, long units) {
        return new DeliveryChanged(1, OPEN, deliveryId, instrumentId, PROVIDER, 2002, FIRST, LAST, units, 121,
                DeliveryStatus.SCHEDULED, 0, 0, 0, 0, 0);
    }
}
