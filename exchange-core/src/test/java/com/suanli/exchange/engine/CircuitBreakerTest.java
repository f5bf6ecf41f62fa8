package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.SessionChangeCause;
import com.suanli.exchange.engine.event.SessionChanged;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.engine.session.SessionState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static com.suanli.exchange.engine.EngineHarness.accepted;
import static com.suanli.exchange.engine.EngineHarness.only;
import static com.suanli.exchange.engine.EngineHarness.trades;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The band applies to every continuous trade price in both directions, including trades against
 * orders left outside it when the reference moved: such a trade never happens, the instrument
 * halts instead. The fixtures' band is 10% of the reference.
 */
class CircuitBreakerTest {
    private static final long BUYER = 10;
    private static final long SELLER = 20;
    private final EngineHarness h = EngineHarness.continuous();

    private void assertHaltedByTheBreaker(List<ExchangeEvent> events) {
        assertThat(trades(events)).isEmpty();
        assertThat(only(events, SessionChanged.class)).extracting(SessionChanged::to, SessionChanged::cause)
                .containsExactly(SessionState.HALTED, SessionChangeCause.CIRCUIT_BREAKER);
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.HALTED);
    }

    @Test
    void a_sell_never_trades_against_a_bid_left_above_the_band_it_halts_and_waits_in_the_auction() {
        h.limit(BUYER, Side.BID, 1_080, 1);
        h.send(new SetReferencePrice(h.now(), YRD, 900)); // band 810..990: the bid at 1080 is above it

        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), SELLER, h.clientId(), YRD, Side.ASK, 950, 1,
                TimeInForce.GTC));

        assertHaltedByTheBreaker(events);
        assertThat(h.engine.workingOrder(accepted(events)).orElseThrow().price()).isEqualTo(950);
    }

    @Test
    void a_buy_never_trades_against_an_ask_left_below_the_band_its_ioc_is_cancelled() {
        h.limit(SELLER, Side.ASK, 920, 1);
        h.send(new SetReferencePrice(h.now(), YRD, 1_100)); // band 990..1210: the ask at 920 is below it

        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1_000, 1,
                TimeInForce.IOC));

        assertHaltedByTheBreaker(events);
        assertThat(only(events, OrderCancelled.class).reason()).isEqualTo(CancelReason.CIRCUIT_BREAKER);
    }

    @Test
    void a_price_amendment_onto_an_order_left_outside_the_band_halts_instead_of_trading() {
        h.limit(SELLER, Side.ASK, 920, 1);
        long bid = h.limit(BUYER, Side.BID, 910, 1);
        h.send(new SetReferencePrice(h.now(), YRD, 1_100));

        List<ExchangeEvent> events = h.send(new AmendPrice(h.now(), BUYER, bid, 1_000));

        assertHaltedByTheBreaker(events);
        assertThat(h.engine.workingOrder(bid).orElseThrow().price()).isEqualTo(1_000);
    }

    /** One lot offered within the band, five beyond it after the reference moved down. */
    private void asksOneWithinAndFiveBeyondTheBand() {
        h.limit(SELLER, Side.ASK, 1_000, 1);
        h.limit(SELLER, Side.ASK, 1_090, 5);
        h.send(new SetReferencePrice(h.now(), YRD, 950)); // band 855..1045: 1090 is beyond it
    }

    @Test
    void a_budget_order_that_would_need_an_ask_beyond_the_band_halts_and_is_cancelled() {
        asksOneWithinAndFiveBeyondTheBand();

        List<ExchangeEvent> events = h.send(PlaceOrder.budget(h.now(), BUYER, h.clientId(), YRD, Side.BID, 10_000, 3));

        assertHaltedByTheBreaker(events);
        assertThat(only(events, OrderCancelled.class).reason()).isEqualTo(CancelReason.CIRCUIT_BREAKER);
    }

    @Test
    void a_budget_order_filled_within_the_band_trades_as_usual() {
        asksOneWithinAndFiveBeyondTheBand();

        List<ExchangeEvent> events = h.send(PlaceOrder.budget(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1_000, 1));

        assertThat(trades(events)).extracting(TradeExecuted::price).containsExactly(1_000L);
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CONTINUOUS);
    }

    /** The breaker trips only instead of a trade that would otherwise happen. */
    @Test
    void a_budget_order_that_could_never_fill_is_cancelled_like_a_fill_or_kill_limit() {
        asksOneWithinAndFiveBeyondTheBand();

        List<ExchangeEvent> tooPoor = h.send(PlaceOrder.budget(h.now(), BUYER, h.clientId(), YRD, Side.BID, 2_000, 3));
        List<ExchangeEvent> tooBig = h.send(PlaceOrder.budget(h.now(), BUYER, h.clientId(), YRD, Side.BID,
                Long.MAX_VALUE, 100));
        List<ExchangeEvent> fokLimit = h.send(PlaceOrder.limit(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1_045, 3,
                TimeInForce.FOK));

        for (List<ExchangeEvent> events : List.of(tooPoor, tooBig, fokLimit)) {
            assertThat(only(events, OrderCancelled.class).reason()).isEqualTo(CancelReason.FOK_UNFILLED);
            assertThat(trades(events)).isEmpty();
        }
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CONTINUOUS);
    }

    @Test
    void a_budget_sell_that_could_never_raise_its_budget_is_cancelled_too() {
        h.limit(BUYER, Side.BID, 1_000, 1);
        h.limit(BUYER, Side.BID, 910, 5);
        h.send(new SetReferencePrice(h.now(), YRD, 1_050)); // band 945..1155: 910 is beyond it

        List<ExchangeEvent> events = h.send(PlaceOrder.budget(h.now(), SELLER, h.clientId(), YRD, Side.ASK, 5_000, 3));

        assertThat(only(events, OrderCancelled.class).reason()).isEqualTo(CancelReason.FOK_UNFILLED);
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CONTINUOUS);
    }

    @Test
    void an_order_that_does_not_reach_the_stranded_order_rests_without_halting() {
        h.limit(BUYER, Side.BID, 1_080, 1);
        h.send(new SetReferencePrice(h.now(), YRD, 900));

        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), BUYER + 1, h.clientId(), YRD, Side.BID, 950, 1,
                TimeInForce.GTC));

        assertThat(trades(events)).isEmpty();
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CONTINUOUS);
    }
}
