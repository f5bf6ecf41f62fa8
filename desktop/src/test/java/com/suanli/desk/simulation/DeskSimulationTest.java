package com.suanli.desk.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.market.MarketDataRepository;
import com.suanli.data.monitoring.HubOutage;
import com.suanli.data.monitoring.HubReading;
import com.suanli.data.monitoring.MonitoringRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.DeskListener;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.AccountOpened;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.marketdata.BestBidOffer;
import com.suanli.pricing.basics.Underlying;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calm month live on the desk's exchange (its host, its database, its clearing): the agents' quotes
 * and trades reach the read models, the desk's own account trades against them, pause holds it, speed is
 * told, stop ends it; a restart on the same database resumes the market with nothing opened twice and
 * nothing refused as late or as a duplicate.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DeskSimulationTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2027-03-06T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    /** A step every 50 ms: the calm month's five-minute steps at 6,000 times real time. */
    private static final double FAST = 6_000;
    /** A step every millisecond: the calm month's six-hour day of one-minute steps in well under a minute. */
    private static final double DAY_FAST = 60_000;

    @TempDir
    Path dir;

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    /** The first listed contract of the session with an offer in the desk's read models. */
    private static Optional<BestBidOffer> offered(DeskExchange desk, DeskSimulation simulation) {
        return simulation.session().session().listing().contracts().stream()
                .map(spec -> desk.market().topOfBook(spec.instrumentId()))
                .flatMap(Optional::stream)
                .filter(top -> top.askQuantity() > 0)
                .findFirst();
    }

    @Test
    void the_desk_opens_on_a_live_market_its_trader_fills_against_an_agent_and_pause_speed_and_stop_work()
            throws Exception {
        List<ExchangeEvent> heard = new CopyOnWriteArrayList<>();
        List<SimulationStatus> statuses = new CopyOnWriteArrayList<>();
        SessionConfig calm = SessionConfigJson.readDefault();
        try (DeskStore store = TestDesks.database(dir);
             ExchangeStartup startup = TestDesks.startup(() -> CATALOGUE, store, MONDAY)) {
            DeskExchange desk = startup.start().exchange();
            desk.subscribe("test", new Recording(heard));
            DeskSimulation simulation = DeskSimulation.start(desk, store, calm, 1, MONDAY, MonitoringListener.NONE, statuses::add);
            simulation.setSpeed(FAST);
            assertThat(simulation.status().text()).isEqualTo("Simulation calm-month running ×6000");

            await("an offer and a trade in the read models", () -> offered(desk, simulation).isPresent()
                    && simulation.session().session().listing().contracts().stream()
                    .anyMatch(spec -> desk.market().lastTrade(spec.instrumentId()).isPresent()));
            BestBidOffer top = offered(desk, simulation).orElseThrow();
            var ack = desk.submit(PlaceOrder.limit(MONDAY.millis(), LocalTrader.ACCOUNT, 1, top.instrumentId(), Side.BID,
                    top.askPrice(), 1, TimeInForce.IOC)).join();
            assertThat(ack.reason()).isEmpty();
            // The makers re-quote every 10 ms: an offer the read models showed may be gone when the IOC arrives;
            // the trader then takes the offer shown now, as a trader would, until one fills.
            AtomicLong clientOrderId = new AtomicLong(1);
            await("the desk's fill", () -> {
                if (heard.stream().anyMatch(e -> e instanceof TradeExecuted t && t.buyAccount() == LocalTrader.ACCOUNT)) {
                    return true;
                }
                offered(desk, simulation).ifPresent(now -> desk.submit(PlaceOrder.limit(MONDAY.millis(),
                        LocalTrader.ACCOUNT, clientOrderId.incrementAndGet(), now.instrumentId(), Side.BID,
                        now.askPrice(), 1, TimeInForce.IOC)).join());
                return false;
            });
            TradeExecuted fill = heard.stream().filter(TradeExecuted.class::isInstance).map(TradeExecuted.class::cast)
                    .filter(t -> t.buyAccount() == LocalTrader.ACCOUNT).findFirst().orElseThrow();
            assertThat(fill.sellAccount()).as("an agent sold").isGreaterThanOrEqualTo(DeskSimulation.FIRST_AGENT_ACCOUNT);

            simulation.pause();
            assertThat(simulation.status().text()).isEqualTo("Simulation calm-month paused");
            Thread.sleep(200);
            long paused = simulation.steps();
            Thread.sleep(500);
            assertThat(simulation.steps()).as("no step while paused").isEqualTo(paused);
            simulation.resume();
            await("steps again", () -> simulation.steps() > paused + 3);
            simulation.setSpeed(60);
            assertThat(simulation.status().text()).isEqualTo("Simulation calm-month running ×60");

            simulation.stop();
            assertThat(simulation.status().text()).isEqualTo("Simulation calm-month stopped");
            long stoppedAt = simulation.steps();
            Thread.sleep(300);
            assertThat(simulation.steps()).isEqualTo(stoppedAt);
            assertThat(statuses).extracting(SimulationStatus::state).startsWith(SimulationStatus.State.RUNNING)
                    .endsWith(SimulationStatus.State.STOPPED);
            assertThat(heard).as("no gap").doesNotContainNull();
            assertThat(heard).filteredOn(CommandRejected.class::isInstance).map(e -> ((CommandRejected) e).reason().name())
                    .doesNotContain("TIMESTAMP_BEFORE_ENGINE_TIME", "DUPLICATE_ACCOUNT", "DUPLICATE_FIRM");
        }
    }

    @Test
    void a_restart_on_the_same_database_resumes_the_live_market_opening_nothing_twice() throws Exception {
        SessionConfig calm = SessionConfigJson.readDefault();
        long deposits;
        try (DeskStore store = TestDesks.database(dir);
             ExchangeStartup startup = TestDesks.startup(() -> CATALOGUE, store, MONDAY)) {
            DeskExchange desk = startup.start().exchange();
            DeskSimulation simulation = DeskSimulation.start(desk, store, calm, 1, MONDAY, MonitoringListener.NONE,
                    status -> { });
            simulation.setSpeed(FAST);
            await("ten steps", () -> simulation.steps() >= 10);
            simulation.stop();
            deposits = desk.ask(engine -> engine.netDeposits()).join();
        }
        List<ExchangeEvent> heard = new CopyOnWriteArrayList<>();
        try (DeskStore store = TestDesks.database(dir);
             ExchangeStartup startup = TestDesks.startup(() -> CATALOGUE, store, MONDAY)) {
            DeskExchange desk = startup.start().exchange();
            desk.subscribe("test", new Recording(heard));
            DeskSimulation simulation = DeskSimulation.start(desk, store, calm, 1, MONDAY, MonitoringListener.NONE,
                    status -> { });
            simulation.setSpeed(FAST);
            await("the market trades on after the restart",
                    () -> heard.stream().anyMatch(TradeExecuted.class::isInstance));
            simulation.stop();

            assertThat(heard).as("no gap").doesNotContainNull();
            assertThat(heard).filteredOn(AccountOpened.class::isInstance).as("accounts opened again").isEmpty();
            assertThat(desk.ask(engine -> engine.netDeposits()).join()).as("deposited once").isEqualTo(deposits);
            assertThat(heard).filteredOn(CommandRejected.class::isInstance).map(e -> ((CommandRejected) e).reason().name())
                    .doesNotContain("TIMESTAMP_BEFORE_ENGINE_TIME", "DUPLICATE_ACCOUNT", "DUPLICATE_FIRM");
        }
    }

    @Test
    void the_session_clock_closes_a_day_on_the_desk_and_the_monitoring_is_kept_in_the_database() throws Exception {
        List<ExchangeEvent> heard = new CopyOnWriteArrayList<>();
        List<HubReading> told = new CopyOnWriteArrayList<>();
        MonitoringListener screens = new MonitoringListener() {
            @Override
            public void onReading(HubReading reading) {
                told.add(reading);
            }

            @Override
            public void onOutage(HubOutage outage) {
            }
        };
        try (DeskStore store = TestDesks.database(dir);
             ExchangeStartup startup = TestDesks.startup(() -> CATALOGUE, store, MONDAY)) {
            DeskExchange desk = startup.start().exchange();
            desk.subscribe("test", new Recording(heard));
            DeskSimulation simulation = DeskSimulation.start(desk, store, SessionConfigJson.readDefault(), 1, MONDAY,
                    screens, status -> { });
            simulation.setSpeed(DAY_FAST);
            await("a day of the session clock closed", () -> simulation.session().daysClosed() >= 1);
            simulation.stop();

            LocalDate monday = LocalDate.of(2027, 3, 1);
            // The listener hears the last turn's events after the session has stopped: waited for, not assumed.
            await("the index fixed at every hub", () -> heard.stream().filter(IndexPublished.class::isInstance)
                    .map(e -> (IndexPublished) e).filter(i -> i.day().equals(monday)).count() == 6);
            await("the futures settled", () -> heard.stream().anyMatch(e -> e instanceof SettlementPricePublished s
                    && s.businessDay().equals(monday)));
            await("variation margin moved", () -> heard.stream().anyMatch(e -> e instanceof CashMoved c
                    && c.reason() == CashReason.VARIATION_MARGIN));
            await("the recorder keeps the fixings", () -> store.transaction(c -> new MarketDataRepository(c)
                    .fixings(Underlying.of("H100", "YRD")).byDate().containsKey(monday)));

            List<HubReading> kept = store.transaction(c -> new MonitoringRepository(c).readingsSince(Instant.EPOCH));
            assertThat(kept).as("every reading kept, then told").containsExactlyElementsOf(told);
            assertThat(kept).extracting(HubReading::hubName).as("every hub reports")
                    .contains("H100-YRD", "H100-GBA", "H100-NM", "H100-GZ", "H200-YRD", "H200-NM");
            assertThat(heard).filteredOn(CommandRejected.class::isInstance).map(e -> ((CommandRejected) e).reason().name())
                    .doesNotContain("TIMESTAMP_BEFORE_ENGINE_TIME", "DAY_ALREADY_SETTLED", "DAY_ALREADY_PUBLISHED");
        }
    }

    @Test
    void on_a_saturday_nothing_of_the_session_trades_and_it_does_not_start() {
        try (DeskStore store = TestDesks.database(dir);
             ExchangeStartup startup = TestDesks.startup(() -> CATALOGUE, store, SATURDAY)) {
            DeskExchange desk = startup.start().exchange();

            assertThatThrownBy(() -> DeskSimulation.start(desk, store, SessionConfigJson.readDefault(), 1, SATURDAY,
                    MonitoringListener.NONE, s -> { }))
                    .isInstanceOf(NothingTradesToday.class)
                    .hasMessage("nothing of calm-month trades on 2027-03-06 (saturday)");
        }
    }

    /** What a listener heard; a gap (none expected: the queue holds 131,072 events) empties it, failing the test. */
    private record Recording(List<ExchangeEvent> heard) implements DeskListener {
        @Override
        public void onEvents(List<ExchangeEvent> batch) {
            heard.addAll(batch);
        }

        @Override
        public void onGap(long missed) {
            heard.clear();
            heard.add(null);
        }
    }
}
