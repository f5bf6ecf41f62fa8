package com.suanli.data.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.clearing.MarginRepository;
import com.suanli.data.clearing.Position;
import com.suanli.data.clearing.PositionRepository;
import com.suanli.data.clearing.SettlementPrice;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.Sql;
import com.suanli.data.store.StoreException;
import com.suanli.data.store.TestStores;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.SettlementMethod;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's own event stream, from a real engine, written into a real database. */
class TradingRecorderTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final long BUYER = 1;
    private static final long SELLER = 2;
    private static final long MARKET_MAKER = 3;
    /** A business day the default catalogue trades, in exchange time. */
    private static final long MORNING = ZonedDateTime.of(2026, 11, 3, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
            .toInstant().toEpochMilli();

    @TempDir
    Path dir;

    private final List<ExchangeEvent> events = new ArrayList<>();
    private final ContractSpec contract = CATALOGUE.contracts().get(0);
    private final Engine engine = new Engine(CATALOGUE, EngineConfig.defaults(), events::add);

    @Test
    void orders_trades_positions_quotes_and_sessions_land_keyed_by_the_engines_ids() {
        long price = contract.referencePriceTicks();
        long lot = contract.lotSize();
        int id = contract.instrumentId();
        engine.submit(new SessionCommand(MORNING, id, SessionAction.OPEN_CONTINUOUS));
        engine.submit(PlaceOrder.limit(MORNING + 1, BUYER, 11, id, Side.BID, price, 10 * lot, TimeInForce.GTC));
        engine.submit(Quote.of(MORNING + 2, MARKET_MAKER, id, price - 2, lot, price + 1, lot));
        engine.submit(PlaceOrder.limit(MORNING + 3, SELLER, 21, id, Side.ASK, price, 4 * lot, TimeInForce.GTC));
        long buyOrder = accepted(BUYER).orderId();
        engine.submit(new CancelOrder(MORNING + 4, BUYER, buyOrder));
        engine.submit(Quote.of(MORNING + 5, MARKET_MAKER, id, price - 3, lot, price + 2, lot));

        try (DeskStore store = TestStores.fresh(dir)) {
            record(store, events);

            store.transaction(c -> {
                OrderRepository orders = new OrderRepository(c);
                OrderRecord buy = orders.order(buyOrder).orElseThrow();
                assertThat(buy.status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(buy.filledQuantity()).isEqualTo(4 * lot);
                assertThat(buy.openQuantity()).isZero();
                assertThat(orders.history(buyOrder)).extracting(OrderState::reason)
                        .containsExactly("ACCEPTED", "RESTED", "TRADED", "USER");
                OrderRecord sell = orders.order(accepted(SELLER).orderId()).orElseThrow();
                assertThat(sell.status()).isEqualTo(OrderStatus.FILLED);
                assertThat(sell.filledQuantity()).isEqualTo(4 * lot);

                List<TradeRecord> trades = new TradeRepository(c).trades();
                assertThat(trades).singleElement().satisfies(trade -> {
                    assertThat(trade.priceTicks()).isEqualTo(price);
                    assertThat(trade.quantity()).isEqualTo(4 * lot);
                    assertThat(trade.buyOrderId()).isEqualTo(buyOrder);
                    assertThat(trade.aggressor()).isEqualTo(Aggressor.SELLER);
                });
                assertThat(new TradeRepository(c).on(LocalDate.of(2026, 11, 3))).isEqualTo(trades);

                PositionRepository positions = new PositionRepository(c);
                assertThat(positions.position(BUYER, id)).map(Position::netLots).contains(4 * lot);
                assertThat(positions.position(SELLER, id)).map(Position::netLots).contains(-4 * lot);

                QuoteAccepted first = quotes().get(0);
                QuoteAccepted second = quotes().get(1);
                assertThat(orders.order(first.bidOrderId())).map(OrderRecord::status).contains(OrderStatus.CANCELLED);
                assertThat(orders.history(first.askOrderId())).extracting(OrderState::reason).last()
                        .isEqualTo("QUOTE_REPLACED");
                assertThat(orders.working(MARKET_MAKER)).extracting(OrderRecord::orderId)
                        .containsExactly(second.bidOrderId(), second.askOrderId());
                assertThat(orders.working(MARKET_MAKER)).allMatch(OrderRecord::quote);

                assertThat(new SessionRepository(c).current(id)).contains(SessionState.CONTINUOUS);
                return null;
            });
        }
    }

    @Test
    void an_event_recorded_twice_is_refused_and_nothing_of_the_second_batch_is_kept() {
        long price = contract.referencePriceTicks();
        long lot = contract.lotSize();
        int id = contract.instrumentId();
        engine.submit(new SessionCommand(MORNING, id, SessionAction.OPEN_CONTINUOUS));
        engine.submit(PlaceOrder.limit(MORNING + 1, BUYER, 11, id, Side.BID, price, lot, TimeInForce.GTC));
        engine.submit(PlaceOrder.limit(MORNING + 2, SELLER, 21, id, Side.ASK, price, lot, TimeInForce.GTC));

        try (DeskStore store = TestStores.fresh(dir)) {
            record(store, events);

            assertThatThrownBy(() -> record(store, events)).isInstanceOf(StoreException.class);
            assertThat(count(store, "trades")).isEqualTo(1);
            assertThat(count(store, "orders")).isEqualTo(2);
            assertThat(store.transaction(c -> new PositionRepository(c).position(BUYER, id)).orElseThrow().netLots())
                    .isEqualTo(lot);
        }
    }

    @Test
    void an_order_moved_in_a_batch_the_tables_refused_is_read_from_them_again_not_taken_from_memory() {
        long price = contract.referencePriceTicks();
        long lot = contract.lotSize();
        int id = contract.instrumentId();
        engine.submit(new SessionCommand(MORNING, id, SessionAction.OPEN_CONTINUOUS));
        engine.submit(PlaceOrder.limit(MORNING + 1, BUYER, 11, id, Side.BID, price, 10 * lot, TimeInForce.GTC));
        long buyOrder = accepted(BUYER).orderId();
        List<ExchangeEvent> resting = List.copyOf(events);
        events.clear();
        // The seller's acceptance lost: the trade names an order the tables never had, after the buyer's fill.
        engine.submit(PlaceOrder.limit(MORNING + 2, SELLER, 21, id, Side.ASK, price, 4 * lot, TimeInForce.GTC));
        List<ExchangeEvent> refused = events.stream().filter(event -> !(event instanceof OrderAccepted)).toList();
        events.clear();
        engine.submit(PlaceOrder.limit(MORNING + 3, MARKET_MAKER, 31, id, Side.ASK, price, 3 * lot, TimeInForce.GTC));
        List<ExchangeEvent> after = List.copyOf(events);

        try (DeskStore store = TestStores.fresh(dir);
             EventRecorder recorder = new EventRecorder(store, CATALOGUE)) {
            for (List<ExchangeEvent> batch : List.of(resting, refused, after)) {
                batch.forEach(recorder::onEvent);
                recorder.onCaughtUp();
            }

            assertThat(recorder.failedBatches()).isEqualTo(1);
            store.transaction(c -> {
                OrderRepository orders = new OrderRepository(c);
                OrderRecord buy = orders.order(buyOrder).orElseThrow();
                assertThat(buy.filledQuantity()).as("the refused batch's fill of 4 lots not counted").isEqualTo(3 * lot);
                assertThat(buy.status()).isEqualTo(OrderStatus.WORKING);
                assertThat(orders.history(buyOrder)).extracting(OrderState::reason)
                        .containsExactly("ACCEPTED", "RESTED", "TRADED");
                return null;
            });
        }
    }

    @Test
    void a_settlement_price_lands_per_instrument_and_day_and_a_second_one_that_day_replaces_it() {
        int id = contract.instrumentId();
        LocalDate day = LocalDate.of(2026, 11, 3);
        try (DeskStore store = TestStores.fresh(dir)) {
            record(store, List.of(new SettlementPricePublished(1, MORNING, 1, id, day, 2_150,
                    SettlementMethod.CLOSING_WINDOW_VWAP, 40, 2_149, 2_151)));
            record(store, List.of(new SettlementPricePublished(2, MORNING + 1, 2, id, day, 2_152,
                    SettlementMethod.BEST_BID_OFFER_MID, 0, 2_151, 2_153)));
            record(store, List.of(new SettlementPricePublished(3, MORNING + 86_400_000L, 3, id, day.plusDays(1), 2_160,
                    SettlementMethod.BEST_BID_OFFER_MID, 0, 2_159, 2_161)));

            store.transaction(c -> {
                MarginRepository settlements = new MarginRepository(c);
                assertThat(settlements.settlementsOn(day)).containsExactly(new SettlementPrice(id, day, 2_152));
                assertThat(settlements.lastSettlement(id)).hasValue(new SettlementPrice(id, day.plusDays(1), 2_160));
                return null;
            });
        }
    }

    private static void record(DeskStore store, List<ExchangeEvent> events) {
        store.transaction(c -> {
            TradingRecorder recorder = new TradingRecorder(c);
            for (ExchangeEvent event : events) {
                recorder.record(event);
            }
            return null;
        });
    }

    private static long count(DeskStore store, String table) {
        return store.transaction(c -> Sql.one(c, "SELECT COUNT(*) FROM " + table, row -> row.getLong(1))).orElseThrow();
    }

    private OrderAccepted accepted(long account) {
        return events.stream().filter(OrderAccepted.class::isInstance).map(OrderAccepted.class::cast)
                .filter(order -> order.account() == account).findFirst().orElseThrow();
    }

    private List<QuoteAccepted> quotes() {
        return events.stream().filter(QuoteAccepted.class::isInstance).map(QuoteAccepted.class::cast).toList();
    }
}
