package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.BarClosed;
import com.suanli.exchange.engine.event.BestBidOfferChanged;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.marketdata.Bar;
import com.suanli.exchange.marketdata.DepthBook;
import com.suanli.exchange.marketdata.TapeTrade;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static com.suanli.exchange.engine.EngineHarness.of;
import static com.suanli.exchange.engine.EngineHarness.only;
import static org.assertj.core.api.Assertions.assertThat;

class MarketDataTest {
    private static final long MINUTE = 60_000;
    private static final long MAKER = 10;
    private static final long TAKER = 20;
    private final EngineHarness h = EngineHarness.continuous();

    private List<ExchangeEvent> take(Side side, long price, long quantity) {
        return h.send(PlaceOrder.limit(h.now(), TAKER, h.clientId(), YRD, side, price, quantity, TimeInForce.IOC));
    }

    @Test
    void depth_events_have_a_gap_free_sequence_per_instrument_and_rebuild_the_depth() {
        h.limit(MAKER, Side.BID, 995, 2);
        h.limit(MAKER, Side.BID, 996, 3);
        h.limit(MAKER, Side.ASK, 1_004, 4);
        h.limit(MAKER, Side.ASK, 1_004, 1);
        take(Side.BID, 1_004, 2);
        DepthBook replica = new DepthBook(YRD);
        long expected = 1;
        for (DepthChanged d : of(h.allEvents(), DepthChanged.class)) {
            assertThat(d.depthSequence()).isEqualTo(expected++);
            replica.update(d.depthSequence(), d.side(), d.price(), d.quantity(), d.orderCount());
        }
        assertThat(replica.snapshot(10)).isEqualTo(h.engine.depth(YRD, 10));
        assertThat(replica.bestBidOffer()).isEqualTo(h.engine.bestBidOffer(YRD));
    }

    @Test
    void best_bid_offer_is_published_once_per_command_when_the_top_changes_only() {
        BestBidOfferChanged first = only(h.send(PlaceOrder.limit(h.now(), MAKER, h.clientId(), YRD, Side.BID, 995, 2,
                TimeInForce.GTC)), BestBidOfferChanged.class);
        assertThat(first).extracting("bidPrice", "bidQuantity", "askPrice", "askQuantity")
                .containsExactly(995L, 2L, 0L, 0L);
        List<ExchangeEvent> deeper = h.send(PlaceOrder.limit(h.now(), MAKER, h.clientId(), YRD, Side.BID, 990, 2,
                TimeInForce.GTC));
        assertThat(of(deeper, DepthChanged.class)).hasSize(1);
        assertThat(of(deeper, BestBidOfferChanged.class)).isEmpty();
    }

    @Test
    void trades_print_on_the_tape_newest_first() {
        h.limit(MAKER, Side.ASK, 1_001, 1);
        h.limit(MAKER, Side.ASK, 1_002, 1);
        List<ExchangeEvent> events = take(Side.BID, 1_002, 2);
        assertThat(of(events, TapePrint.class)).extracting(TapePrint::price).containsExactly(1_001L, 1_002L);
        assertThat(h.engine.recentTrades(YRD, 5)).extracting(TapeTrade::price).containsExactly(1_002L, 1_001L);
        assertThat(h.engine.lastTradePrice(YRD)).isEqualTo(1_002);
    }

    @Test
    void a_minute_bar_closes_when_the_next_minute_trades_or_when_time_passes() {
        h.limit(MAKER, Side.ASK, 1_003, 1);
        h.limit(MAKER, Side.ASK, 1_001, 1);
        h.limit(MAKER, Side.ASK, 1_005, 5);
        h.advance(MINUTE - h.now() % MINUTE);
        take(Side.BID, 1_003, 2);
        take(Side.BID, 1_005, 1);
        h.advance(MINUTE);
        BarClosed closed = only(take(Side.BID, 1_005, 1), BarClosed.class);
        assertThat(closed).extracting("open", "high", "low", "close", "volume", "lengthMillis")
                .containsExactly(1_001L, 1_005L, 1_001L, 1_005L, 3L, MINUTE);
        h.advance(MINUTE);
        BarClosed byTime = only(h.send(new TimeTick(h.now())), BarClosed.class);
        assertThat(byTime.volume()).isEqualTo(1);
        assertThat(h.send(new TimeTick(h.now()))).isEmpty();
        assertThat(h.engine.minuteBars(YRD)).extracting(Bar::volume).containsExactly(3L, 1L);
    }
}
