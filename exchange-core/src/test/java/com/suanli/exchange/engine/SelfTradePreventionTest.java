package com.suanli.exchange.engine;

import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.TradeExecuted;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static com.suanli.exchange.engine.EngineHarness.of;
import static com.suanli.exchange.engine.EngineHarness.trades;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Accounts 1 and 2 belong to firm group 100; account 3 is on its own. */
class SelfTradePreventionTest {
    private static final long DESK_A = 1;
    private static final long DESK_B = 2;
    private static final long OUTSIDER = 3;

    private long ownAsk;
    private long outsiderAsk;

    private List<ExchangeEvent> buyThroughOwnAsk(SelfTradePrevention mode) {
        EngineHarness h = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults()
                .withSelfTradePrevention(mode).withAccountGroups(Map.of(DESK_A, 100L, DESK_B, 100L)));
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        ownAsk = h.limit(DESK_A, Side.ASK, 1_000, 2);
        outsiderAsk = h.limit(OUTSIDER, Side.ASK, 1_000, 2);
        return h.send(PlaceOrder.limit(h.now(), DESK_B, h.clientId(), YRD, Side.BID, 1_000, 3, TimeInForce.IOC));
    }

    @Test
    void off_lets_the_group_trade_with_itself() {
        List<ExchangeEvent> events = buyThroughOwnAsk(SelfTradePrevention.NONE);
        assertThat(trades(events)).extracting(TradeExecuted::sellOrderId).containsExactly(ownAsk, outsiderAsk);
    }

    @Test
    void cancel_resting_removes_the_own_order_and_matching_goes_on() {
        List<ExchangeEvent> events = buyThroughOwnAsk(SelfTradePrevention.CANCEL_RESTING);
        assertThat(of(events, OrderCancelled.class)).extracting(OrderCancelled::orderId, OrderCancelled::reason)
                .contains(tuple(ownAsk, CancelReason.SELF_TRADE));
        assertThat(trades(events)).extracting(TradeExecuted::sellOrderId).containsExactly(outsiderAsk);
    }

    @Test
    void cancel_aggressor_stops_the_incoming_order_and_keeps_the_resting_one() {
        List<ExchangeEvent> events = buyThroughOwnAsk(SelfTradePrevention.CANCEL_AGGRESSOR);
        assertThat(trades(events)).isEmpty();
        OrderCancelled cancelled = EngineHarness.only(events, OrderCancelled.class);
        assertThat(cancelled.reason()).isEqualTo(CancelReason.SELF_TRADE);
        assertThat(cancelled.cancelledQuantity()).isEqualTo(3);
    }

    @Test
    void cancel_both_removes_the_resting_order_and_the_aggressor() {
        List<ExchangeEvent> events = buyThroughOwnAsk(SelfTradePrevention.CANCEL_BOTH);
        assertThat(trades(events)).isEmpty();
        assertThat(of(events, OrderCancelled.class)).extracting(OrderCancelled::reason)
                .containsExactly(CancelReason.SELF_TRADE, CancelReason.SELF_TRADE);
    }

    @Test
    void accounts_in_different_groups_trade() {
        EngineHarness h = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults()
                .withSelfTradePrevention(SelfTradePrevention.CANCEL_BOTH).withAccountGroups(Map.of(DESK_A, 100L)));
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        h.limit(DESK_A, Side.ASK, 1_000, 1);
        assertThat(trades(h.send(PlaceOrder.limit(h.now(), DESK_B, h.clientId(), YRD, Side.BID, 1_000, 1,
                TimeInForce.IOC)))).hasSize(1);
    }

    @Test
    void an_order_entered_in_the_auction_keeps_self_trade_prevention_when_moved_later() {
        EngineHarness h = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults()
                .withSelfTradePrevention(SelfTradePrevention.CANCEL_AGGRESSOR)
                .withAccountGroups(Map.of(DESK_A, 100L, DESK_B, 100L)));
        h.session(YRD, SessionAction.OPEN_AUCTION);
        long bid = h.limit(DESK_A, Side.BID, 990, 1);
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        h.limit(DESK_B, Side.ASK, 1_000, 1);
        List<ExchangeEvent> events = h.send(new AmendPrice(h.now(), DESK_A, bid, 1_000));
        assertThat(trades(events)).isEmpty();
        assertThat(EngineHarness.only(events, OrderCancelled.class)).extracting(OrderCancelled::orderId,
                OrderCancelled::reason).containsExactly(bid, CancelReason.SELF_TRADE);
    }

    @Test
    void the_auction_uncross_lets_a_group_trade_with_itself_at_the_one_auction_price() {
        EngineHarness h = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults()
                .withSelfTradePrevention(SelfTradePrevention.CANCEL_BOTH)
                .withAccountGroups(Map.of(DESK_A, 100L, DESK_B, 100L)));
        h.session(YRD, SessionAction.OPEN_AUCTION);
        long ask = h.limit(DESK_A, Side.ASK, 1_000, 2);
        long bid = h.limit(DESK_B, Side.BID, 1_010, 2);

        List<ExchangeEvent> events = h.session(YRD, SessionAction.OPEN_CONTINUOUS);

        assertThat(trades(events)).extracting(TradeExecuted::buyOrderId, TradeExecuted::sellOrderId,
                TradeExecuted::aggressor).containsExactly(tuple(bid, ask, Aggressor.AUCTION));
        assertThat(of(events, OrderCancelled.class)).isEmpty();
    }
}
