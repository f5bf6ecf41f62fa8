package com.suanli.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.json.JsonReadException;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.SessionChanged;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeStartupTest {

    private static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void default_catalogue_is_listed_and_what_trades_today_opens_continuously() {
        RunningExchange exchange = ExchangeStartup.ofDefaultCatalogue(MARKET_OPEN).start();

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
    void on_a_saturday_the_exchange_starts_with_nothing_trading() {
        Clock saturday = Clock.fixed(Instant.parse("2027-03-06T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

        RunningExchange exchange = ExchangeStartup.ofDefaultCatalogue(saturday).start();

        assertThat(exchange.tradingAtStart()).isZero();
        assertThat(session(exchange, "H100-YRD-SPOT")).isNotEqualTo(SessionState.CONTINUOUS);
    }

    @Test
    void before_the_listing_day_nothing_trades() {
        Clock beforeListing = Clock.fixed(Instant.parse("2026-10-30T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

        assertThat(ExchangeStartup.ofDefaultCatalogue(beforeListing).start().tradingAtStart()).isZero();
    }

    private static SessionState session(RunningExchange exchange, String symbol) {
        return exchange.engine().session(exchange.catalogue().bySymbol(symbol).instrumentId());
    }

    @Test
    void sessions_open_at_the_clock_time_one_per_trading_instrument_with_no_order_working() {
        Catalogue h100InYangtzeDelta = CatalogueJson.readDefault().ofProduct("H100").where(c -> c.hub().code().equals("YRD"));

        List<ExchangeEvent> events = new ArrayList<>();

        RunningExchange exchange = new ExchangeStartup(() -> h100InYangtzeDelta, MARKET_OPEN, events::add).start();

        assertThat(events).filteredOn(SessionChanged.class::isInstance).map(SessionChanged.class::cast)
                .filteredOn(change -> change.to() == SessionState.CONTINUOUS)
                .hasSize(exchange.tradingAtStart())
                .hasSize(10);
        assertThat(events).extracting(ExchangeEvent::timestamp).containsOnly(MARKET_OPEN.millis());
        assertThat(exchange.engine().workingOrderCount()).isZero();
    }

    @Test
    void a_refused_catalogue_stops_the_start_with_its_reason() {
        ExchangeStartup startup = new ExchangeStartup(() -> CatalogueJson.read(Path.of("/nonexistent/catalogue.json")),
                MARKET_OPEN, EventSink.NONE);

        assertThatThrownBy(startup::start).hasMessageContaining("/nonexistent/catalogue.json");
    }

    @Test
    void a_malformed_catalogue_is_refused_naming_the_problem() {
        ExchangeStartup startup = new ExchangeStartup(() -> CatalogueJson.readStrip("{\"format\": \"other/9\"}").catalogue(),
                MARKET_OPEN, EventSink.NONE);

        assertThatThrownBy(startup::start).isInstanceOf(JsonReadException.class).hasMessageContaining("format");
    }

    @Test
    void an_empty_catalogue_has_nothing_to_trade() {
        ExchangeStartup startup = new ExchangeStartup(Catalogue::empty, MARKET_OPEN,
                EventSink.NONE);

        assertThatThrownBy(startup::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("no instrument");
    }
}
