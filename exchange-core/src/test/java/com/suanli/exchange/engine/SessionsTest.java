package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.AuctionUncrossed;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.SessionChangeCause;
import com.suanli.exchange.engine.event.SessionChanged;
import com.suanli.exchange.engine.session.SessionState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static com.suanli.exchange.engine.EngineHarness.accepted;
import static com.suanli.exchange.engine.EngineHarness.of;
import static com.suanli.exchange.engine.EngineHarness.only;
import static com.suanli.exchange.engine.EngineHarness.rejected;
import static com.suanli.exchange.engine.EngineHarness.trades;
import static org.assertj.core.api.Assertions.assertThat;

class SessionsTest {
    private static final long BUYER = 10;
    private static final long SELLER = 20;
    private final EngineHarness h = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults());

    @Test
    void instruments_start_closed_and_operators_move_them_with_session_events() {
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CLOSED);
        SessionChanged opened = only(h.session(YRD, SessionAction.OPEN_AUCTION), SessionChanged.class);
        assertThat(opened).extracting(SessionChanged::from, SessionChanged::to, SessionChanged::cause)
                .containsExactly(SessionState.CLOSED, SessionState.PRE_OPEN, SessionChangeCause.OPERATOR);
    }

    @Test
    void a_price_amendment_in_the_auction_requeues_without_matching() {
        h.session(YRD, SessionAction.OPEN_AUCTION);
        h.limit(SELLER, Side.ASK, 1_000, 1);
        long bid = h.limit(BUYER, Side.BID, 990, 1);
        List<ExchangeEvent> events = h.send(new AmendPrice(h.now(), BUYER, bid, 1_010));
        assertThat(trades(events)).isEmpty();
        assertThat(h.engine.bestBidOffer(YRD).isCrossed()).isTrue();
    }

    @Test
    void closing_from_the_auction_uncrosses_first_and_never_leaves_a_crossed_book() {
        h.session(YRD, SessionAction.OPEN_AUCTION);
        h.limit(SELLER, Side.ASK, 1_000, 2);
        h.limit(BUYER, Side.BID, 1_010, 1);
        List<ExchangeEvent> events = h.session(YRD, SessionAction.CLOSE);
        assertThat(only(events, AuctionUncrossed.class).volume()).isEqualTo(1);
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CLOSED);
        assertThat(h.engine.bestBidOffer(YRD).isCrossed()).isFalse();
    }

    @Test
    void expiry_cancels_resting_orders_held_stops_and_quotes_then_refuses_everything() {
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        h.limit(BUYER, Side.BID, 990, 1);
        h.send(PlaceOrder.stop(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1_050, 1, 5));
        h.send(Quote.of(h.now(), SELLER, YRD, 980, 1, 1_020, 1));
        List<ExchangeEvent> events = h.session(YRD, SessionAction.EXPIRE);
        assertThat(of(events, OrderCancelled.class)).hasSize(4)
                .allSatisfy(c -> assertThat(c.reason()).isEqualTo(CancelReason.INSTRUMENT_EXPIRED));
        assertThat(h.engine.workingOrderCount()).isZero();
        assertThat(rejected(h.send(PlaceOrder.limit(h.now(), BUYER, h.clientId(), YRD, Side.BID, 990, 1,
                TimeInForce.GTC))).reason()).isEqualTo(RejectReason.INSTRUMENT_EXPIRED);
        assertThat(rejected(h.session(YRD, SessionAction.OPEN_AUCTION)).reason())
                .isEqualTo(RejectReason.INVALID_SESSION_TRANSITION);
    }

    @Test
    void held_stops_expire_like_orders_day_at_the_close_gtd_in_time() {
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        long day = accepted(h.send(PlaceOrder.stopLimit(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1_050, 1_055, 1,
                TimeInForce.DAY)));
        long gtd = accepted(h.send(PlaceOrder.stopLimit(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1_050, 1_055, 1,
                TimeInForce.GTC).withExpireAt(h.now() + 10_000)));
        h.advance(20_000);
        OrderCancelled expired = only(h.send(new TimeTick(h.now())), OrderCancelled.class);
        assertThat(expired).extracting(OrderCancelled::orderId, OrderCancelled::reason)
                .containsExactly(gtd, CancelReason.EXPIRED_GTD);
        OrderCancelled closed = only(h.session(YRD, SessionAction.CLOSE), OrderCancelled.class);
        assertThat(closed).extracting(OrderCancelled::orderId, OrderCancelled::reason)
                .containsExactly(day, CancelReason.EXPIRED_DAY);
    }

    /**
     * Orders of three instruments interleaved: closing and then expiring the middle one ends its
     * orders alone, in acceptance order, held stops included; the neighbours keep every order.
     */
    @Test
    void a_close_and_an_expiry_end_only_their_own_instruments_orders_in_acceptance_order() {
        EngineHarness market = new EngineHarness(EngineFixtures.catalogue(3), EngineConfig.defaults());
        List<Long> dayOrders = new ArrayList<>();
        List<Long> gtcOrders = new ArrayList<>();
        for (int id = 1; id <= 3; id++) {
            market.session(id, SessionAction.OPEN_CONTINUOUS);
        }
        for (int round = 0; round < 4; round++) {
            for (int id = 1; id <= 3; id++) {
                TimeInForce tif = round % 2 == 0 ? TimeInForce.DAY : TimeInForce.GTC;
                long order = accepted(market.send(PlaceOrder.limit(market.now(), BUYER, market.clientId(), id, Side.BID,
                        990 - round, 1, tif)));
                long stop = accepted(market.send(PlaceOrder.stopLimit(market.now(), BUYER, market.clientId(), id,
                        Side.BID, 1_050, 1_055, 1, tif)));
                if (id == 2) {
                    (tif == TimeInForce.DAY ? dayOrders : gtcOrders).addAll(List.of(order, stop));
                }
            }
        }

        List<OrderCancelled> closed = of(market.session(2, SessionAction.CLOSE), OrderCancelled.class);
        List<OrderCancelled> expired = of(market.session(2, SessionAction.EXPIRE), OrderCancelled.class);

        assertThat(closed).extracting(OrderCancelled::orderId).containsExactlyElementsOf(dayOrders);
        assertThat(closed).allSatisfy(c -> assertThat(c.reason()).isEqualTo(CancelReason.EXPIRED_DAY));
        assertThat(expired).extracting(OrderCancelled::orderId).containsExactlyElementsOf(gtcOrders);
        assertThat(expired).allSatisfy(c -> assertThat(c.reason()).isEqualTo(CancelReason.INSTRUMENT_EXPIRED));
        assertThat(market.engine.workingOrderCount()).isEqualTo(2 * 4 * 2);
        assertThat(market.engine.session(1)).isEqualTo(SessionState.CONTINUOUS);
    }

    @Test
    void mass_cancel_takes_held_stops_too() {
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        h.limit(BUYER, Side.BID, 990, 1);
        h.send(PlaceOrder.stop(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1_050, 1, 5));
        List<ExchangeEvent> events = h.send(MassCancel.allInstruments(h.now(), BUYER));
        assertThat(of(events, OrderCancelled.class)).hasSize(2)
                .allSatisfy(c -> assertThat(c.reason()).isEqualTo(CancelReason.MASS_CANCEL));
    }
}
