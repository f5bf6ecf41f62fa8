package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.OrderRested;
import com.suanli.exchange.engine.event.StopTriggered;
import com.suanli.exchange.engine.event.TradeExecuted;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static com.suanli.exchange.engine.EngineHarness.accepted;
import static com.suanli.exchange.engine.EngineHarness.of;
import static com.suanli.exchange.engine.EngineHarness.only;
import static com.suanli.exchange.engine.EngineHarness.trades;
import static org.assertj.core.api.Assertions.assertThat;

class StopOrdersTest {
    private static final long MAKER = 10;
    private static final long STOPPER = 20;
    private static final long TAKER = 30;
    private static final long PROTECTION = 5;
    private final EngineHarness h = EngineHarness.continuous();

    private long buyStop(long stopPrice, long quantity) {
        return accepted(h.send(PlaceOrder.stop(h.now(), STOPPER, h.clientId(), YRD, Side.BID, stopPrice, quantity,
                PROTECTION)));
    }

    private List<ExchangeEvent> takeAsk(long price, long quantity) {
        return h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, Side.BID, price, quantity, TimeInForce.IOC));
    }

    @Test
    void a_held_stop_does_not_rest_in_the_book() {
        long stop = buyStop(1_005, 1);
        assertThat(h.engine.workingOrder(stop).orElseThrow().held()).isTrue();
        assertThat(h.engine.bestBidOffer(YRD).hasBid()).isFalse();
    }

    @Test
    void buy_stop_triggers_when_the_last_trade_reaches_it_and_trades_as_a_market_order() {
        h.limit(MAKER, Side.ASK, 1_005, 1);
        h.limit(MAKER, Side.ASK, 1_007, 1);
        long stop = buyStop(1_005, 1);
        assertThat(takeAsk(1_004, 1)).noneMatch(e -> e instanceof StopTriggered);

        List<ExchangeEvent> events = takeAsk(1_005, 1);

        StopTriggered triggered = only(events, StopTriggered.class);
        assertThat(triggered.orderId()).isEqualTo(stop);
        assertThat(triggered.lastTradePrice()).isEqualTo(1_005);
        assertThat(trades(events)).extracting(TradeExecuted::price).containsExactly(1_005L, 1_007L);
        assertThat(trades(events).get(1).buyOrderId()).isEqualTo(stop);
    }

    @Test
    void stops_cascade_each_trade_triggering_the_next() {
        for (long price = 1_001; price <= 1_004; price++) {
            h.limit(MAKER, Side.ASK, price, 1);
        }
        long first = buyStop(1_001, 1);
        long second = buyStop(1_002, 1);
        long third = buyStop(1_003, 1);

        List<ExchangeEvent> events = takeAsk(1_001, 1);

        assertThat(of(events, StopTriggered.class)).extracting(StopTriggered::orderId)
                .containsExactly(first, second, third);
        assertThat(trades(events)).extracting(TradeExecuted::price).containsExactly(1_001L, 1_002L, 1_003L, 1_004L);
    }

    @Test
    void stops_at_the_same_price_trigger_in_acceptance_order() {
        h.limit(MAKER, Side.ASK, 1_001, 1);
        h.limit(MAKER, Side.ASK, 1_002, 5);
        long early = buyStop(1_001, 1);
        long late = buyStop(1_001, 1);
        List<ExchangeEvent> events = takeAsk(1_001, 1);
        assertThat(of(events, StopTriggered.class)).extracting(StopTriggered::orderId).containsExactly(early, late);
    }

    @Test
    void sell_stop_limit_rests_at_its_limit_once_triggered() {
        h.limit(MAKER, Side.BID, 995, 1);
        long stop = accepted(h.send(PlaceOrder.stopLimit(h.now(), STOPPER, h.clientId(), YRD, Side.ASK, 995, 997, 3,
                TimeInForce.GTC)));
        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, Side.ASK, 995, 1,
                TimeInForce.IOC));
        assertThat(only(events, StopTriggered.class).orderId()).isEqualTo(stop);
        OrderRested rested = only(events, OrderRested.class);
        assertThat(rested.orderId()).isEqualTo(stop);
        assertThat(rested.price()).isEqualTo(997);
        assertThat(h.engine.workingOrder(stop).orElseThrow().held()).isFalse();
    }

    @Test
    void triggered_stop_with_no_opposite_side_is_cancelled_for_no_liquidity() {
        h.limit(MAKER, Side.ASK, 1_001, 1);
        long stop = buyStop(1_001, 1);
        List<ExchangeEvent> events = takeAsk(1_001, 1);
        OrderCancelled cancelled = only(events, OrderCancelled.class);
        assertThat(cancelled.orderId()).isEqualTo(stop);
        assertThat(cancelled.reason()).isEqualTo(CancelReason.NO_LIQUIDITY);
    }

    @Test
    void a_held_stop_can_be_cancelled() {
        long stop = buyStop(1_001, 1);
        assertThat(only(h.send(new CancelOrder(h.now(), STOPPER, stop)), OrderCancelled.class).reason())
                .isEqualTo(CancelReason.USER);
        h.limit(MAKER, Side.ASK, 1_001, 1);
        h.limit(MAKER, Side.ASK, 1_002, 1);
        assertThat(takeAsk(1_001, 1)).noneMatch(e -> e instanceof StopTriggered);
    }

    @Test
    void a_triggered_stop_is_checked_again_and_cancelled_when_the_account_is_no_longer_allowed() {
        Set<Long> blocked = new HashSet<>();
        List<Long> checkedPrices = new ArrayList<>();
        EngineHarness checked = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults(),
                (account, contract, side, price, quantity, timestamp) -> {
                    if (account == STOPPER) {
                        checkedPrices.add(price);
                    }
                    return blocked.contains(account) ? PreTradeVerdict.refuse("account " + account + " is blocked")
                            : PreTradeVerdict.ALLOW;
                });
        checked.session(YRD, SessionAction.OPEN_CONTINUOUS);
        checked.limit(MAKER, Side.ASK, 1_005, 1);
        checked.limit(MAKER, Side.ASK, 1_007, 1);
        long stop = accepted(checked.send(PlaceOrder.stop(checked.now(), STOPPER, checked.clientId(), YRD, Side.BID,
                1_005, 1, PROTECTION)));
        blocked.add(STOPPER);

        List<ExchangeEvent> events = checked.send(PlaceOrder.limit(checked.now(), TAKER, checked.clientId(), YRD,
                Side.BID, 1_005, 1, TimeInForce.IOC));

        assertThat(only(events, StopTriggered.class).orderId()).isEqualTo(stop);
        assertThat(only(events, OrderCancelled.class)).extracting(OrderCancelled::orderId, OrderCancelled::reason,
                OrderCancelled::cancelledQuantity, OrderCancelled::message)
                .containsExactly(stop, CancelReason.PRE_TRADE_CHECK, 1L, "account " + STOPPER + " is blocked");
        assertThat(trades(events)).extracting(TradeExecuted::buyOrderId).doesNotContain(stop);
        // Entered at its stop price; checked again at the working limit: best ask 1007 + protection 5.
        assertThat(checkedPrices).containsExactly(1_005L, 1_012L);
        assertThat(checked.engine.workingOrder(stop)).isEmpty();
    }
}
