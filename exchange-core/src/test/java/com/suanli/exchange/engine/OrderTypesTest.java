package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.OrderRested;
import com.suanli.exchange.engine.event.TradeExecuted;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static com.suanli.exchange.engine.EngineHarness.accepted;
import static com.suanli.exchange.engine.EngineHarness.only;
import static com.suanli.exchange.engine.EngineHarness.trades;
import static org.assertj.core.api.Assertions.assertThat;

class OrderTypesTest {
    private static final long MAKER = 10;
    private static final long TAKER = 20;
    private final EngineHarness h = EngineHarness.continuous();

    @Test
    void gtc_limit_rests_then_trades_at_the_resting_price_with_both_accounts() {
        long ask = h.limit(MAKER, Side.ASK, 1_010, 5);
        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, Side.BID, 1_020, 3,
                TimeInForce.GTC));
        TradeExecuted trade = only(events, TradeExecuted.class);
        assertThat(trade.price()).isEqualTo(1_010);
        assertThat(trade.quantity()).isEqualTo(3);
        assertThat(trade.sellOrderId()).isEqualTo(ask);
        assertThat(trade.sellAccount()).isEqualTo(MAKER);
        assertThat(trade.buyAccount()).isEqualTo(TAKER);
        assertThat(trade.aggressor()).isEqualTo(Aggressor.BUYER);
        assertThat(trade.sellRemaining()).isEqualTo(2);
        assertThat(trade.buyRemaining()).isZero();
        assertThat(h.engine.workingOrder(ask).orElseThrow().openQuantity()).isEqualTo(2);
    }

    @Test
    void ioc_trades_what_it_can_and_cancels_the_remainder() {
        h.limit(MAKER, Side.ASK, 1_010, 2);
        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, Side.BID, 1_010, 5,
                TimeInForce.IOC));
        assertThat(trades(events)).extracting(TradeExecuted::quantity).containsExactly(2L);
        OrderCancelled cancelled = only(events, OrderCancelled.class);
        assertThat(cancelled.reason()).isEqualTo(CancelReason.IOC_REMAINDER);
        assertThat(cancelled.cancelledQuantity()).isEqualTo(3);
        assertThat(h.engine.workingOrderCount()).isZero();
    }

    @Test
    void fok_fills_whole_when_the_book_holds_enough_within_its_limit() {
        h.limit(MAKER, Side.ASK, 1_010, 2);
        h.limit(MAKER, Side.ASK, 1_011, 2);
        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, Side.BID, 1_011, 4,
                TimeInForce.FOK));
        assertThat(trades(events)).extracting(TradeExecuted::price).containsExactly(1_010L, 1_011L);
    }

    @Test
    void fok_is_killed_whole_when_it_cannot_fill() {
        h.limit(MAKER, Side.ASK, 1_010, 2);
        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, Side.BID, 1_010, 3,
                TimeInForce.FOK));
        assertThat(trades(events)).isEmpty();
        assertThat(only(events, OrderCancelled.class).reason()).isEqualTo(CancelReason.FOK_UNFILLED);
        assertThat(h.engine.bestBidOffer(YRD).askQuantity()).isEqualTo(2);
    }

    @Test
    void fok_budget_bid_fills_when_cost_within_budget() {
        h.limit(MAKER, Side.ASK, 1_000, 2);
        h.limit(MAKER, Side.ASK, 1_005, 2);
        // 2 x 1000 + 1 x 1005 = 3005
        List<ExchangeEvent> events = h.send(PlaceOrder.budget(h.now(), TAKER, h.clientId(), YRD, Side.BID, 3_005, 3));
        assertThat(trades(events)).extracting(TradeExecuted::quantity).containsExactly(2L, 1L);
    }

    @Test
    void fok_budget_bid_is_killed_when_cost_exceeds_budget() {
        h.limit(MAKER, Side.ASK, 1_000, 2);
        h.limit(MAKER, Side.ASK, 1_005, 2);
        List<ExchangeEvent> events = h.send(PlaceOrder.budget(h.now(), TAKER, h.clientId(), YRD, Side.BID, 3_004, 3));
        assertThat(trades(events)).isEmpty();
        assertThat(only(events, OrderCancelled.class).reason()).isEqualTo(CancelReason.FOK_UNFILLED);
    }

    @Test
    void market_order_becomes_an_ioc_at_best_plus_protection() {
        h.limit(MAKER, Side.ASK, 1_000, 1);
        h.limit(MAKER, Side.ASK, 1_002, 1);
        h.limit(MAKER, Side.ASK, 1_003, 1);
        List<ExchangeEvent> events = h.send(PlaceOrder.market(h.now(), TAKER, h.clientId(), YRD, Side.BID, 5, 2));
        assertThat(only(events, OrderAccepted.class).price()).isEqualTo(1_002);
        assertThat(trades(events)).extracting(TradeExecuted::price).containsExactly(1_000L, 1_002L);
        assertThat(only(events, OrderCancelled.class).cancelledQuantity()).isEqualTo(3);
    }

    @Test
    void post_only_rests_without_taking() {
        h.limit(MAKER, Side.ASK, 1_010, 1);
        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, Side.BID, 1_009, 1,
                TimeInForce.GTC).withPostOnly());
        assertThat(only(events, OrderRested.class).price()).isEqualTo(1_009);
        assertThat(trades(events)).isEmpty();
    }

    @Test
    void iceberg_shows_one_slice_and_the_refreshed_slice_joins_the_back_of_the_level() {
        long iceberg = accepted(h.send(PlaceOrder.limit(h.now(), MAKER, h.clientId(), YRD, Side.ASK, 1_010, 10,
                TimeInForce.GTC).withDisplayQuantity(2)));
        long behind = h.limit(MAKER + 1, Side.ASK, 1_010, 3);
        assertThat(h.engine.bestBidOffer(YRD).askQuantity()).isEqualTo(5);
        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, Side.BID, 1_010, 4,
                TimeInForce.IOC));
        // The visible slice of 2 trades first, its refresh goes behind the plain order, which trades next.
        assertThat(trades(events)).extracting(TradeExecuted::sellOrderId).containsExactly(iceberg, behind);
        assertThat(trades(events)).extracting(TradeExecuted::quantity).containsExactly(2L, 2L);
        assertThat(h.engine.workingOrder(iceberg).orElseThrow().openQuantity()).isEqualTo(8);
    }

    @Test
    void amend_price_loses_time_priority() {
        long first = h.limit(MAKER, Side.BID, 990, 1);
        long second = h.limit(MAKER + 1, Side.BID, 990, 1);
        h.send(new AmendPrice(h.now(), MAKER, first, 991));
        h.send(new AmendPrice(h.now(), MAKER, first, 990));
        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, Side.ASK, 990, 1,
                TimeInForce.IOC));
        assertThat(only(events, TradeExecuted.class).buyOrderId()).isEqualTo(second);
    }

    @Test
    void amend_price_through_the_opposite_side_trades() {
        h.limit(MAKER, Side.ASK, 1_005, 1);
        long bid = h.limit(TAKER, Side.BID, 990, 1);
        List<ExchangeEvent> events = h.send(new AmendPrice(h.now(), TAKER, bid, 1_005));
        assertThat(only(events, TradeExecuted.class).price()).isEqualTo(1_005);
    }

    @Test
    void amend_quantity_down_keeps_time_priority() {
        long first = h.limit(MAKER, Side.BID, 990, 5);
        h.limit(MAKER + 1, Side.BID, 990, 5);
        h.send(new AmendQuantity(h.now(), MAKER, first, 2));
        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, Side.ASK, 990, 1,
                TimeInForce.IOC));
        assertThat(only(events, TradeExecuted.class).buyOrderId()).isEqualTo(first);
        assertThat(h.engine.workingOrder(first).orElseThrow().openQuantity()).isEqualTo(1);
    }

    @Test
    void cancel_removes_the_order_with_reason_user() {
        long bid = h.limit(MAKER, Side.BID, 990, 5);
        List<ExchangeEvent> events = h.send(new CancelOrder(h.now(), MAKER, bid));
        OrderCancelled cancelled = only(events, OrderCancelled.class);
        assertThat(cancelled.reason()).isEqualTo(CancelReason.USER);
        assertThat(cancelled.cancelledQuantity()).isEqualTo(5);
        assertThat(h.engine.workingOrder(bid)).isEmpty();
    }

    @Test
    void mass_cancel_per_account_and_instrument_leaves_other_accounts_and_instruments() {
        EngineHarness two = new EngineHarness(EngineFixtures.catalogue(2), EngineConfig.defaults());
        two.session(1, SessionAction.OPEN_CONTINUOUS);
        two.session(2, SessionAction.OPEN_CONTINUOUS);
        long mine1 = accepted(two.send(PlaceOrder.limit(two.now(), MAKER, 1, 1, Side.BID, 990, 1, TimeInForce.GTC)));
        long mine2 = accepted(two.send(PlaceOrder.limit(two.now(), MAKER, 2, 2, Side.BID, 990, 1, TimeInForce.GTC)));
        long theirs = accepted(two.send(PlaceOrder.limit(two.now(), TAKER, 3, 1, Side.BID, 990, 1, TimeInForce.GTC)));
        List<ExchangeEvent> events = two.send(new MassCancel(two.now(), MAKER, 1));
        assertThat(only(events, OrderCancelled.class).orderId()).isEqualTo(mine1);
        assertThat(only(events, OrderCancelled.class).reason()).isEqualTo(CancelReason.MASS_CANCEL);
        events = two.send(MassCancel.allInstruments(two.now(), MAKER));
        assertThat(only(events, OrderCancelled.class).orderId()).isEqualTo(mine2);
        assertThat(two.engine.workingOrder(theirs)).isPresent();
    }

    @Test
    void gtd_order_expires_with_the_first_command_at_or_after_its_time() {
        long expireAt = h.now() + 5_000;
        long bid = accepted(h.send(PlaceOrder.limit(h.now(), MAKER, h.clientId(), YRD, Side.BID, 990, 1,
                TimeInForce.GTC).withExpireAt(expireAt)));
        assertThat(h.send(new TimeTick(expireAt - 1))).noneMatch(e -> e instanceof OrderCancelled);
        h.advance(10_000);
        List<ExchangeEvent> events = h.send(new TimeTick(h.now()));
        OrderCancelled expired = only(events, OrderCancelled.class);
        assertThat(expired.orderId()).isEqualTo(bid);
        assertThat(expired.reason()).isEqualTo(CancelReason.EXPIRED_GTD);
    }

    @Test
    void day_orders_expire_at_the_close_and_gtc_orders_stay() {
        long day = accepted(h.send(PlaceOrder.limit(h.now(), MAKER, h.clientId(), YRD, Side.BID, 990, 1,
                TimeInForce.DAY)));
        long gtc = h.limit(MAKER, Side.BID, 989, 1);
        List<ExchangeEvent> events = h.session(YRD, SessionAction.CLOSE);
        OrderCancelled expired = only(events, OrderCancelled.class);
        assertThat(expired.orderId()).isEqualTo(day);
        assertThat(expired.reason()).isEqualTo(CancelReason.EXPIRED_DAY);
        assertThat(h.engine.workingOrder(gtc)).isPresent();
    }
}
