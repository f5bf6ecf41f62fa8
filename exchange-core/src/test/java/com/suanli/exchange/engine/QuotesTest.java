package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.RejectReason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static com.suanli.exchange.engine.EngineHarness.of;
import static com.suanli.exchange.engine.EngineHarness.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuotesTest {
    private static final long MM = 10;
    private static final long TAKER = 20;
    private static final int OTHER = 2;

    private final EngineHarness h = new EngineHarness(EngineFixtures.catalogue(2), EngineConfig.defaults());

    QuotesTest() {
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        h.session(OTHER, SessionAction.OPEN_CONTINUOUS);
    }

    @Test
    void a_quote_puts_a_bid_and_an_ask_in_the_book() {
        QuoteAccepted q = only(h.send(Quote.of(h.now(), MM, YRD, 995, 3, 1_005, 4)), QuoteAccepted.class);
        assertThat(h.engine.bestBidOffer(YRD)).extracting("bidPrice", "bidQuantity", "askPrice", "askQuantity")
                .containsExactly(995L, 3L, 1_005L, 4L);
        assertThat(h.engine.workingOrder(q.bidOrderId()).orElseThrow().quoteSide()).isTrue();
    }

    @Test
    void a_new_quote_replaces_the_old_one_atomically() {
        QuoteAccepted first = only(h.send(Quote.of(h.now(), MM, YRD, 995, 3, 1_005, 4)), QuoteAccepted.class);
        List<ExchangeEvent> events = h.send(Quote.of(h.now(), MM, YRD, 996, 2, 1_004, 2));
        assertThat(of(events, OrderCancelled.class)).extracting(OrderCancelled::orderId, OrderCancelled::reason)
                .containsExactly(tuple(first.bidOrderId(), CancelReason.QUOTE_REPLACED),
                        tuple(first.askOrderId(), CancelReason.QUOTE_REPLACED));
        assertThat(h.engine.bestBidOffer(YRD)).extracting("bidPrice", "bidQuantity", "askPrice", "askQuantity")
                .containsExactly(996L, 2L, 1_004L, 2L);
        assertThat(h.engine.workingOrderCount()).isEqualTo(2);
    }

    @Test
    void a_bad_side_rejects_the_whole_quote_and_the_old_quote_stays() {
        h.send(Quote.of(h.now(), MM, YRD, 995, 3, 1_005, 4));
        List<ExchangeEvent> events = h.send(Quote.of(h.now(), MM, YRD, 996, 2, 5_000, 2));
        assertThat(events).hasSize(1);
        CommandRejected r = only(events, CommandRejected.class);
        assertThat(r.reason()).isEqualTo(RejectReason.OUTSIDE_PRICE_BAND);
        assertThat(r.message()).startsWith("askPrice:");
        assertThat(h.engine.bestBidOffer(YRD)).extracting("bidPrice", "askPrice").containsExactly(995L, 1_005L);
        assertThat(h.engine.workingOrderCount()).isEqualTo(2);
    }

    @Test
    void a_filled_quote_side_is_forgotten_and_the_next_quote_cancels_only_what_is_left() {
        QuoteAccepted first = only(h.send(Quote.of(h.now(), MM, YRD, 995, 3, 1_005, 4)), QuoteAccepted.class);
        h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, Side.BID, 1_005, 4, TimeInForce.IOC));
        List<ExchangeEvent> events = h.send(Quote.of(h.now(), MM, YRD, 1_000, 1, 1_010, 1));
        assertThat(only(events, OrderCancelled.class).orderId()).isEqualTo(first.bidOrderId());
    }

    @Test
    void mass_quote_spans_instruments_and_is_all_or_nothing() {
        List<ExchangeEvent> ok = h.send(new MassQuote(h.now(), MM, List.of(new QuoteSides(YRD, 995, 1, 1_005, 1),
                new QuoteSides(OTHER, 990, 2, 1_010, 2))));
        assertThat(of(ok, QuoteAccepted.class)).extracting(QuoteAccepted::instrumentId).containsExactly(YRD, OTHER);

        List<ExchangeEvent> bad = h.send(new MassQuote(h.now(), MM, List.of(new QuoteSides(YRD, 996, 1, 1_004, 1),
                new QuoteSides(OTHER, 990, 0, 980, -1))));
        CommandRejected r = only(bad, CommandRejected.class);
        assertThat(r.instrumentId()).isEqualTo(OTHER);
        assertThat(r.reason()).isEqualTo(RejectReason.QUANTITY_NOT_POSITIVE);
        assertThat(bad).hasSize(1);
        assertThat(h.engine.bestBidOffer(YRD).bidPrice()).isEqualTo(995);
    }

    @Test
    void a_quote_with_both_sides_zero_pulls_the_quote() {
        h.send(Quote.of(h.now(), MM, YRD, 995, 3, 1_005, 4));
        List<ExchangeEvent> events = h.send(Quote.of(h.now(), MM, YRD, 0, 0, 0, 0));
        assertThat(of(events, OrderCancelled.class)).hasSize(2);
        assertThat(h.engine.workingOrderCount()).isZero();
    }
}
