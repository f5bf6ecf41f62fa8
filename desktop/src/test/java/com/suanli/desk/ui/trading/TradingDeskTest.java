package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.engine.event.SettlementMethod;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The trader's view folded from a real engine's events, without a window. */
class TradingDeskTest {

    /** H100: 1,000 GPU-hours a lot at a 0.01 CNY tick, so a tick on one lot is 10 CNY. */
    private static final BigDecimal CNY_PER_TICK_LOT = new BigDecimal("10.00");

    private final TraderFixture fixture = new TraderFixture();
    private final TradingDesk desk = fixture.desk;

    @Test
    void a_resting_bid_is_a_working_order_shown_at_its_price() {
        long bid = fixture.reference() - 3;

        CommandOutcome outcome = fixture.orders.placeLimit(fixture.june, Side.BID, bid, 4).join();

        assertThat(outcome.taken()).isTrue();
        assertThat(desk.orders()).singleElement().satisfies(order -> {
            assertThat(order.status()).isEqualTo(OrderStatus.WORKING);
            assertThat(order.side()).isEqualTo(Side.BID);
            assertThat(order.price()).isEqualTo(bid);
            assertThat(order.openQuantity()).isEqualTo(4);
        });
        assertThat(desk.liveOrdersAt(fixture.june.instrumentId(), Side.BID, bid)).hasSize(1);
        assertThat(desk.market(fixture.june.instrumentId()).quantityAt(Side.BID, bid)).isEqualTo(4);
        assertThat(desk.market(fixture.june.instrumentId()).bestBid()).isEqualTo(bid);
    }

    @Test
    void a_fill_shows_in_fills_and_the_position_is_priced_at_the_last_trade() {
        long price = fixture.reference();
        fixture.other(Side.ASK, price, 3);

        fixture.orders.placeLimit(fixture.june, Side.BID, price, 3).join();
        // Two other members trade five ticks higher: the trader's long gains 3 lots x 5 ticks.
        fixture.other(Side.ASK, price + 5, 1);
        fixture.gateway.submit(PlaceOrder.limit(TraderFixture.MARKET_OPEN.millis(), 3003, 1,
                fixture.june.instrumentId(), Side.BID, price + 5, 1, TimeInForce.IOC)).join();

        assertThat(desk.fills()).singleElement().satisfies(fill -> {
            assertThat(fill.side()).isEqualTo(Side.BID);
            assertThat(fill.price()).isEqualTo(price);
            assertThat(fill.quantity()).isEqualTo(3);
            assertThat(fill.aggressor()).isTrue();
        });
        assertThat(desk.orders()).singleElement().extracting(OwnOrder::status).isEqualTo(OrderStatus.FILLED);
        assertThat(desk.positions()).singleElement().satisfies(position -> {
            assertThat(position.netLots()).isEqualTo(3);
            assertThat(position.lastPrice()).isEqualTo(price + 5);
            assertThat(position.unrealisedPnl()).isEqualByComparingTo(CNY_PER_TICK_LOT.multiply(BigDecimal.valueOf(15)));
            assertThat(position.realisedPnl()).isZero();
        });
        assertThat(desk.tape()).hasSize(2);
        assertThat(desk.market(fixture.june.instrumentId()).volumeAt(price)).isEqualTo(3);
        assertThat(desk.market(fixture.june.instrumentId()).lastPrice()).isEqualTo(price + 5);
    }

    @Test
    void a_refused_order_is_a_reject_with_the_exchanges_reason_and_words() {
        long aboveBand = fixture.june.bandHighTicks(fixture.reference()) + 1;

        CommandOutcome outcome = fixture.orders.placeLimit(fixture.june, Side.BID, aboveBand, 1).join();

        assertThat(outcome.reason()).isEqualTo(RejectReason.OUTSIDE_PRICE_BAND);
        assertThat(desk.orders()).isEmpty();
        assertThat(desk.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.command()).isEqualTo(RejectedCommand.PLACE_ORDER);
            assertThat(reject.reason()).isEqualTo(RejectReason.OUTSIDE_PRICE_BAND);
            assertThat(reject.symbol()).isEqualTo("H100-GZ-2027M06");
            assertThat(reject.message()).isEqualTo(outcome.message()).isNotBlank();
        });
        assertThat(fixture.messages).singleElement().asString().startsWith("PLACE_ORDER refused OUTSIDE_PRICE_BAND");
    }

    @Test
    void cancel_all_cancels_every_working_order_with_the_mass_cancel_reason() {
        fixture.orders.placeLimit(fixture.june, Side.BID, fixture.reference() - 1, 1).join();
        fixture.orders.placeLimit(fixture.june, Side.ASK, fixture.reference() + 1, 2).join();

        fixture.orders.cancelAll().join();

        assertThat(desk.orders()).hasSize(2).allSatisfy(order -> {
            assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.cancelReason()).isEqualTo(CancelReason.MASS_CANCEL);
        });
        assertThat(desk.market(fixture.june.instrumentId()).bestBid()).isZero();
        assertThat(desk.liveOrders(fixture.june.instrumentId())).isEmpty();
    }

    @Test
    void another_members_orders_are_in_the_market_but_not_the_traders() {
        fixture.other(Side.BID, fixture.reference() - 2, 7);

        assertThat(desk.orders()).isEmpty();
        assertThat(desk.market(fixture.june.instrumentId()).quantityAt(Side.BID, fixture.reference() - 2)).isEqualTo(7);
    }

    @Test
    void a_batch_is_shown_once_at_its_end_with_the_newest_print_first() {
        int june = fixture.june.instrumentId();
        long before = desk.revisionProperty().get();

        desk.apply(List.of(new TapePrint(901, 0, june, 71, 2_000, 1, Aggressor.BUYER),
                new TapePrint(902, 0, june, 72, 2_001, 2, Aggressor.SELLER),
                new TapePrint(903, 0, june, 73, 2_002, 3, Aggressor.BUYER)));

        assertThat(desk.revisionProperty().get()).isEqualTo(before + 1);
        assertThat(desk.tape()).extracting(TapeRow::tradeId).containsExactly(73L, 72L, 71L);
        assertThat(desk.market(june).volume()).isEqualTo(6);
    }

    /**
     * A table shows the tape through {@link ShownRows}, which hears each batch's change of the desk's tape once, with
     * the window whole, and brings the table's rows to it keeping their cells.
     */
    @Test
    void the_tape_keeps_a_window_of_the_newest_prints_filled_from_the_top_without_replacing_its_rows() {
        int june = fixture.june.instrumentId();
        desk.apply(prints(june, 1, TradingDesk.KEPT_ROWS));
        List<Integer> sizesHeard = new ArrayList<>();
        desk.tape().addListener((ListChangeListener<TapeRow>) change -> sizesHeard.add(change.getList().size()));
        List<ListChangeListener.Change<? extends TapeRow>> heard = new ArrayList<>();
        ObservableList<TapeRow> table = new ShownRows<>(desk.tape(), new SimpleBooleanProperty(true)).rows();
        table.addListener((ListChangeListener<TapeRow>) change -> {
            while (change.next()) {
                heard.add(change);
            }
        });

        // A busy pulse: more prints than the window keeps, then a few.
        desk.apply(prints(june, TradingDesk.KEPT_ROWS + 1, TradingDesk.KEPT_ROWS * 2 + 50));
        desk.apply(prints(june, TradingDesk.KEPT_ROWS * 2 + 51, TradingDesk.KEPT_ROWS * 2 + 53));

        assertThat(sizesHeard).containsExactly(TradingDesk.KEPT_ROWS, TradingDesk.KEPT_ROWS);
        assertThat(table).hasSize(TradingDesk.KEPT_ROWS).containsExactlyElementsOf(desk.tape());
        assertThat(table.get(0).tradeId()).isEqualTo(TradingDesk.KEPT_ROWS * 2 + 53);
        assertThat(table.get(TradingDesk.KEPT_ROWS - 1).tradeId()).isEqualTo(TradingDesk.KEPT_ROWS + 54);
        assertThat(heard).noneMatch(ListChangeListener.Change::wasReplaced)
                .noneMatch(change -> change.getRemovedSize() == TradingDesk.KEPT_ROWS);
        assertThat(heard.subList(heard.size() - 2, heard.size()))
                .satisfiesExactly(added -> assertThat(added.getAddedSize()).isEqualTo(3),
                        trimmed -> assertThat(trimmed.getRemovedSize()).isEqualTo(3));
    }

    @Test
    void a_batch_that_moves_no_position_leaves_the_positions_table_alone() {
        int june = fixture.june.instrumentId();
        fixture.orders.placeLimit(fixture.june, Side.BID, fixture.reference(), 2).join();
        fixture.other(Side.ASK, fixture.reference(), 2);
        assertThat(desk.positions()).singleElement();
        List<Object> heard = new ArrayList<>();
        desk.positions().addListener((ListChangeListener<PositionRow>) heard::add);

        desk.apply(List.of(new TapePrint(9_001, 0, fixture.june.instrumentId() + 1, 1, 2_000, 1, Aggressor.BUYER)));

        assertThat(heard).isEmpty();
        assertThat(desk.market(june).lastPrice()).isEqualTo(fixture.reference());
    }

    /** Prints with trade ids {@code from..to}, oldest first, as the engine publishes them. */
    /**
     * The panels that read neither depth nor prints are handed the rest of the batch, sorted out on the folding worker;
     * those that read prints get each instrument's as rows; every follower in the order it began to follow.
     */
    @Test
    void each_follower_gets_its_part_of_the_batch_in_the_order_it_began_to_follow() {
        int june = fixture.june.instrumentId();
        int september = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M09").instrumentId();
        List<String> heard = new ArrayList<>();
        desk.followBeyondBooks(events -> heard.add("beyond " + events.stream().map(ExchangeEvent::sequence).toList()));
        desk.followPrints(byInstrument -> heard.add("prints " + byInstrument.get(june).stream().map(TapeRow::tradeId)
                .toList() + " " + byInstrument.get(september).stream().map(TapeRow::tradeId).toList() + " of "
                + byInstrument.size()));
        desk.follow(events -> heard.add("all " + events.stream().map(ExchangeEvent::sequence).toList()));

        desk.apply(List.of(new DepthChanged(1, 0, june, 1, Side.BID, 2_000, 5, 1),
                new TapePrint(2, 0, june, 71, 2_000, 1, Aggressor.BUYER),
                settlement(3, june),
                new TapePrint(4, 0, september, 72, 2_100, 1, Aggressor.SELLER),
                new TapePrint(5, 0, june, 73, 2_001, 1, Aggressor.BUYER),
                settlement(6, september)));

        assertThat(heard).containsExactly("beyond [3, 6]", "prints [71, 73] [72] of 2", "all [1, 2, 3, 4, 5, 6]");
    }

    /** Batches merged for one pulse keep the newest {@value TradingDesk#KEPT_ROWS} prints of each instrument. */
    @Test
    void merged_batches_keep_each_instruments_newest_prints_and_every_other_event() {
        int june = fixture.june.instrumentId();
        int september = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M09").instrumentId();
        List<ExchangeEvent> first = new ArrayList<>(prints(june, 1, 400));
        first.add(settlement(401, june));
        List<ExchangeEvent> second = new ArrayList<>(prints(june, 500, 799));
        second.add(new TapePrint(800, 0, september, 800, 2_100, 1, Aggressor.SELLER));
        second.add(settlement(801, september));

        FoldedBatch merged = FoldedBatch.merged(List.of(desk.fold(first), desk.fold(second)));

        assertThat(merged.printsOf().get(june)).extracting(TapeRow::tradeId)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 799)
                        .filter(id -> id <= 400 || id >= 500).skip(200).boxed().toList());
        assertThat(merged.printsOf().get(september)).extracting(TapeRow::tradeId).containsExactly(800L);
        assertThat(merged.others()).extracting(ExchangeEvent::sequence).containsExactly(401L, 801L);
        assertThat(merged.events()).hasSize(first.size() + second.size());
    }

    private static ExchangeEvent settlement(long sequence, int instrumentId) {
        return new SettlementPricePublished(sequence, 0, sequence, instrumentId, LocalDate.of(2027, 3, 1), 2_000,
                SettlementMethod.CLOSING_WINDOW_VWAP, 0, 0, 0);
    }

    private static List<ExchangeEvent> prints(int instrumentId, long from, long to) {
        List<ExchangeEvent> prints = new ArrayList<>();
        for (long tradeId = from; tradeId <= to; tradeId++) {
            prints.add(new TapePrint(tradeId, 0, instrumentId, tradeId, 2_000, 1, Aggressor.BUYER));
        }
        return prints;
    }

    @Test
    void the_blotter_keeps_live_orders_and_only_the_newest_finished_ones() {
        long live = fixture.reference() - 5;
        fixture.orders.placeLimit(fixture.june, Side.BID, live, 1).join();
        for (int i = 0; i < TradingDesk.KEPT_ROWS + 20; i++) {
            OwnOrder placed = placeThenCancel();
            assertThat(placed.status()).isEqualTo(OrderStatus.CANCELLED);
        }

        assertThat(desk.orders()).hasSize(TradingDesk.KEPT_ROWS + 1);
        assertThat(desk.orders().filtered(order -> order.status().isLive()))
                .singleElement().extracting(OwnOrder::price).isEqualTo(live);
        assertThat(desk.liveOrders(fixture.june.instrumentId())).singleElement().extracting(OwnOrder::price)
                .isEqualTo(live);
        // The twenty oldest finished were forgotten: the newest finished order kept is the last one cancelled.
        assertThat(desk.orders().get(TradingDesk.KEPT_ROWS - 1).orderId())
                .isEqualTo(desk.orders().get(0).orderId() - (TradingDesk.KEPT_ROWS - 1));
    }

    /** The working orders are the orders' live ones, newest first, kept as each batch changes them. */
    @Test
    void the_working_orders_are_the_live_orders_newest_first_as_each_batch_leaves_them() {
        List<Integer> sizesHeard = new ArrayList<>();
        desk.workingOrders().addListener((ListChangeListener<OwnOrder>) change -> sizesHeard.add(change.getList().size()));
        fixture.orders.placeLimit(fixture.june, Side.BID, fixture.reference() - 1, 1).join();
        fixture.orders.placeLimit(fixture.june, Side.BID, fixture.reference() - 2, 2).join();
        placeThenCancel();
        fixture.orders.placeLimit(fixture.june, Side.ASK, fixture.reference() + 1, 3).join();
        fixture.orders.cancel(desk.orders().get(desk.orders().size() - 1)).join();

        assertThat(desk.workingOrders()).extracting(OwnOrder::price)
                .containsExactly(fixture.reference() + 1, fixture.reference() - 2);
        assertThat(desk.workingOrders()).containsExactlyElementsOf(desk.orders().filtered(order -> order.status().isLive()));
        assertThat(sizesHeard).containsExactly(1, 2, 3, 2, 3, 2);
    }

    private OwnOrder placeThenCancel() {
        fixture.orders.placeLimit(fixture.june, Side.ASK, fixture.reference() + 5, 1).join();
        OwnOrder newest = desk.orders().get(0);
        fixture.orders.cancel(newest).join();
        return desk.orders().get(0);
    }
}
