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
    void default_catalogue_is_listed_and_every_instrument_trades_continuously() {
        RunningExchange exchange = ExchangeStartup.ofDefaultCatalogue(MARKET_OPEN).start();

        assertThat(exchange.catalogue()).isEqualTo(CatalogueJson.readDefault());
        assertThat(exchange.catalogue().contracts())
                .extracting(ContractSpec::instrumentId)
                .allSatisfy(id -> assertThat(exchange.engine().session(id)).isEqualTo(SessionState.CONTINUOUS));
    }

    @Test
    void sessions_open_at_the_clock_time_one_per_instrument_with_no_order_working() {
        Catalogue h100InYangtzeDelta = CatalogueJson.readDefault().ofProduct("H100").where(c -> c.hub().code().equals("YRD"));

        List<ExchangeEvent> events = new ArrayList<>();

        RunningExchange exchange = new ExchangeStartup(() -> h100InYangtzeDelta, MARKET_OPEN, events::add).start();

        assertThat(events).filteredOn(SessionChanged.class::isInstance).hasSize(h100InYangtzeDelta.size());
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
