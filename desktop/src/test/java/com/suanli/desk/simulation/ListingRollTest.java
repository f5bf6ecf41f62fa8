package com.suanli.desk.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.DeskListener;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.marketwatch.InstrumentRow;
import com.suanli.desk.ui.marketwatch.MarketWatchViewModel;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ContractExpired;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.config.SessionConfigJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live listing rolls with the session clock: once the front month has stopped trading, the next month is
 * listed and quoted, and a contract the clock expires leaves the market watch.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ListingRollTest {

    /** Tuesday 30 March 2027: the April futures trade their last day tomorrow. */
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2027-03-30T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    /** The expiry week's five-minute steps, one a millisecond: a session day of 72 steps in well under a second. */
    private static final double FAST = 300_000;

    @TempDir
    Path dir;

    @Test
    void past_the_front_months_last_day_the_next_month_is_listed_and_quoted_and_the_expired_month_leaves_the_watch()
            throws Exception {
        ContractSpec cpuApril = CATALOGUE.bySymbol("CPUX86-YRD-2027M04");
        ContractSpec cpuJune = CATALOGUE.bySymbol("CPUX86-YRD-2027M06");
        ContractSpec h100June = CATALOGUE.bySymbol("H100-YRD-2027M06");
        List<ExchangeEvent> heard = new CopyOnWriteArrayList<>();
        MarketWatchViewModel watch = new MarketWatchViewModel(new InstrumentLink());
        watch.list(CATALOGUE);
        try (DeskStore store = TestDesks.database(dir);
             ExchangeStartup startup = TestDesks.startup(() -> CATALOGUE, store, TUESDAY)) {
            DeskExchange desk = startup.start().exchange();
            desk.subscribe("test", (DeskListener) heard::addAll);
            DeskSimulation simulation = DeskSimulation.start(desk, store, SessionConfigJson.readBundled("expiry-week"), 3,
                    TUESDAY, MonitoringListener.NONE, status -> { });
            assertThat(simulation.session().session().listing().contracts()).as("April and May at the start")
                    .contains(cpuApril).doesNotContain(cpuJune, h100June);
            simulation.setSpeed(FAST);
            await("two session days closed", () -> simulation.session().daysClosed() >= 2);
            await("the physical April future expired", () -> heard.stream()
                    .anyMatch(e -> e instanceof ContractExpired x && x.instrumentId() == cpuApril.instrumentId()));
            await("June quoted by the agents", () -> heard.stream().anyMatch(e -> e instanceof QuoteAccepted q
                    && q.instrumentId() == h100June.instrumentId()));
            simulation.stop();

            assertThat(simulation.session().day()).isAfterOrEqualTo(LocalDate.of(2027, 4, 1));
            assertThat(simulation.session().session().listing().contracts()).as("June listed once April stopped trading")
                    .contains(cpuJune, h100June);
            assertThat(heard).filteredOn(CommandRejected.class::isInstance).map(e -> ((CommandRejected) e).reason().name())
                    .doesNotContain("TIMESTAMP_BEFORE_ENGINE_TIME", "UNKNOWN_INSTRUMENT", "ORDERS_WORKING");

            watch.follow(heard);
            assertThat(watch.rows()).extracting(InstrumentRow::contract).as("the expired month leaves the watch")
                    .doesNotContain(cpuApril).contains(cpuJune, h100June);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
