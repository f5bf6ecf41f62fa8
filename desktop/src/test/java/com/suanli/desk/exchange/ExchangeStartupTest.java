package com.suanli.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.json.JsonReadException;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.Sql;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeStartupTest {

    private static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private DeskStore store;
    private ExchangeStartup startup;

    @BeforeEach
    void openTheDatabase() {
        store = TestDesks.database(dir);
    }

    @AfterEach
    void closeTheDesk() {
        if (startup != null) {
            startup.close();
        }
        store.close();
    }

    private RunningExchange start(Supplier<Catalogue> catalogue, Clock clock) {
        startup = TestDesks.startup(catalogue, store, clock);
        return startup.start();
    }

    @Test
    void default_catalogue_is_listed_and_what_trades_today_opens_continuously() {
        RunningExchange exchange = start(CatalogueJson::readDefault, MARKET_OPEN);

        assertThat(exchange.catalogue()).isEqualTo(CatalogueJson.readDefault());
        // Each line lists spot and 12 months from 2027-01: on 1 March 2027 spot and April..December trade.
        assertThat(exchange.tradingAtStart()).isEqualTo(exchange.catalogue().size() / 13 * 10);
        assertThat(session(exchange, "H100-YRD-SPOT")).isEqualTo(SessionState.CONTINUOUS);
        assertThat(session(exchange, "H100-YRD-2027M04")).isEqualTo(SessionState.CONTINUOUS);
        assertThat(session(exchange, "H100-GZ-G-2027M12")).isEqualTo(SessionState.CONTINUOUS);
        assertThat(session(exchange, "H100-YRD-2027M03")).isNotEqualTo(SessionState.CONTINUOUS);
        assertThat(session(exchange, "H100-YRD-2027M01")).isNotEqualTo(SessionState.CONTINUOUS);
    }

    @Test
    void a_desk_connected_to_the_replicated_exchange_says_so_before_it_starts_and_the_desks_own_does_not() {
        ExchangeStartup connected = ExchangeStartup.connected(() -> store, MARKET_OPEN,
                ClientConfig.of(1, List.of("127.0.0.1"), 20_000, "127.0.0.1"), Duration.ofSeconds(1));

        assertThat(connected.connected()).isTrue();
        assertThat(TestDesks.startup(CatalogueJson::readDefault, store, MARKET_OPEN).connected()).isFalse();
    }

    @Test
    void on_a_saturday_the_exchange_starts_with_nothing_trading() {
        Clock saturday = Clock.fixed(Instant.parse("2027-03-06T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

        RunningExchange exchange = start(CatalogueJson::readDefault, saturday);

        assertThat(exchange.tradingAtStart()).isZero();
        assertThat(session(exchange, "H100-YRD-SPOT")).isNotEqualTo(SessionState.CONTINUOUS);
    }

    @Test
    void before_the_listing_day_nothing_trades() {
        Clock beforeListing = Clock.fixed(Instant.parse("2026-10-30T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

        assertThat(start(CatalogueJson::readDefault, beforeListing).tradingAtStart()).isZero();
    }

    private static SessionState session(RunningExchange exchange, String symbol) {
        int id = exchange.catalogue().bySymbol(symbol).instrumentId();
        return exchange.exchange().ask(engine -> engine.session(id)).join();
    }

    @Test
    void sessions_open_at_the_clock_time_one_per_trading_instrument_and_are_recorded() {
        Catalogue h100InYangtzeDelta = CatalogueJson.readDefault().ofProduct("H100").where(c -> c.hub().code().equals("YRD"));

        RunningExchange exchange = start(() -> h100InYangtzeDelta, MARKET_OPEN);

        assertThat(exchange.tradingAtStart()).isEqualTo(10);
        assertThat(exchange.exchange().recovered().orElseThrow().lastSequence()).isZero();
        assertThat(exchange.exchange().ask(engine -> engine.workingOrderCount()).join()).isZero();
        startup.close();
        // Closing lets the recorder finish: each opening is a market_sessions row at the clock's time.
        List<Long> openedAt = store.transaction(c -> Sql.list(c, "SELECT changed_at FROM market_sessions"
                + " WHERE to_state = 'CONTINUOUS'", row -> row.getLong(1)));
        assertThat(openedAt).hasSize(10).containsOnly(MARKET_OPEN.millis());
    }

    @Test
    void a_restart_the_same_day_recovers_the_open_sessions_and_opens_nothing_twice() {
        Catalogue h100InYangtzeDelta = CatalogueJson.readDefault().ofProduct("H100").where(c -> c.hub().code().equals("YRD"));
        long journalled = start(() -> h100InYangtzeDelta, MARKET_OPEN).exchange().ask(engine -> engine.lastSequence()).join();
        startup.close();

        RunningExchange again = start(() -> h100InYangtzeDelta, MARKET_OPEN);

        assertThat(again.exchange().recovered().orElseThrow().lastSequence())
                .as("one session command per instrument, the desk's firm, account and cash").isEqualTo(13);
        assertThat(again.tradingAtStart()).isEqualTo(10);
        assertThat(again.exchange().ask(engine -> engine.lastSequence()).join()).as("no event since").isEqualTo(journalled);
    }

    @Test
    void the_first_start_opens_the_desks_trading_account_with_its_starting_cash_and_a_restart_leaves_it() {
        Catalogue h100InYangtzeDelta = CatalogueJson.readDefault().ofProduct("H100").where(c -> c.hub().code().equals("YRD"));
        DeskExchange first = start(() -> h100InYangtzeDelta, MARKET_OPEN).exchange();

        assertThat(first.ask(engine -> engine.hasFirm(LocalTrader.FIRM) && engine.hasAccount(LocalTrader.ACCOUNT)).join())
                .isTrue();
        assertThat(first.ask(engine -> engine.cash(LocalTrader.ACCOUNT)).join()).isEqualTo(LocalTrader.STARTING_CASH);
        assertThat(first.ask(engine -> engine.hasAccount(ClearingSetup.FEE_ACCOUNT)).join())
                .as("the house's accounts come with the standard set-up").isTrue();
        startup.close();

        DeskExchange again = start(() -> h100InYangtzeDelta, MARKET_OPEN).exchange();
        assertThat(again.ask(engine -> engine.cash(LocalTrader.ACCOUNT)).join()).as("deposited once")
                .isEqualTo(LocalTrader.STARTING_CASH);
        assertThat(again.ask(engine -> engine.netDeposits()).join()).isEqualTo(LocalTrader.STARTING_CASH);
    }

    @Test
    void a_refused_catalogue_stops_the_start_with_its_reason() {
        ExchangeStartup startup = TestDesks.startup(() -> CatalogueJson.read(Path.of("/nonexistent/catalogue.json")),
                store, MARKET_OPEN);

        assertThatThrownBy(startup::start).hasMessageContaining("/nonexistent/catalogue.json");
    }

    @Test
    void a_malformed_catalogue_is_refused_naming_the_problem() {
        ExchangeStartup startup = TestDesks.startup(() -> CatalogueJson.readStrip("{\"format\": \"other/9\"}").catalogue(),
                store, MARKET_OPEN);

        assertThatThrownBy(startup::start).isInstanceOf(JsonReadException.class).hasMessageContaining("format");
    }

    @Test
    void an_empty_catalogue_has_nothing_to_trade() {
        ExchangeStartup startup = TestDesks.startup(Catalogue::empty, store, MARKET_OPEN);

        assertThatThrownBy(startup::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("no instrument");
    }

    @Test
    void a_start_begun_early_opens_the_exchange_once_and_start_answers_it() {
        Catalogue h100InYangtzeDelta = CatalogueJson.readDefault().ofProduct("H100").where(c -> c.hub().code().equals("YRD"));
        AtomicInteger listings = new AtomicInteger();
        startup = TestDesks.startup(() -> {
            listings.incrementAndGet();
            return h100InYangtzeDelta;
        }, store, MARKET_OPEN);

        startup.startEarly();
        startup.startEarly();
        RunningExchange exchange = startup.start();

        assertThat(listings).as("the catalogue read, and the exchange opened, once").hasValue(1);
        assertThat(exchange.tradingAtStart()).isEqualTo(10);
        assertThat(session(exchange, "H100-YRD-SPOT")).isEqualTo(SessionState.CONTINUOUS);
    }

    @Test
    void a_start_begun_early_that_fails_fails_start_with_its_own_reason() {
        ExchangeStartup startup = TestDesks.startup(() -> CatalogueJson.readStrip("{\"format\": \"other/9\"}").catalogue(),
                store, MARKET_OPEN);

        startup.startEarly();

        assertThatThrownBy(startup::start).isInstanceOf(JsonReadException.class).hasMessageContaining("format");
    }

    @Test
    void a_start_begun_early_is_closed_with_the_startup_when_nobody_took_it() {
        Catalogue h100InYangtzeDelta = CatalogueJson.readDefault().ofProduct("H100").where(c -> c.hub().code().equals("YRD"));
        startup = TestDesks.startup(() -> h100InYangtzeDelta, store, MARKET_OPEN);
        startup.startEarly();
        startup.close();

        // A window that never opened: the exchange begun early was closed (or never opened), and a new one recovers.
        RunningExchange again = start(() -> h100InYangtzeDelta, MARKET_OPEN);
        assertThat(again.tradingAtStart()).isEqualTo(10);
    }
}
