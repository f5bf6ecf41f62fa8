package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.AuctionUncrossed;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.SessionChangeCause;
import com.suanli.exchange.engine.event.SessionChanged;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.engine.session.AuctionPrice;
import com.suanli.exchange.engine.session.AuctionPricer;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static com.suanli.exchange.engine.EngineHarness.of;
import static com.suanli.exchange.engine.EngineHarness.only;
import static com.suanli.exchange.engine.EngineHarness.trades;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CallAuctionTest {
    private static final long BUYER = 10;
    private static final long SELLER = 20;
    private static final int RANDOM_AUCTIONS = 400;

    @Test
    void pre_open_orders_rest_crossed_and_uncross_at_one_price_that_maximises_volume() {
        EngineHarness h = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults());
        h.session(YRD, SessionAction.OPEN_AUCTION);
        h.limit(BUYER, Side.BID, 1_002, 5);
        h.limit(BUYER, Side.BID, 1_001, 5);
        h.limit(BUYER, Side.BID, 1_000, 10);
        h.limit(SELLER, Side.ASK, 999, 8);
        h.limit(SELLER, Side.ASK, 1_000, 6);
        h.limit(SELLER, Side.ASK, 1_001, 10);
        assertThat(h.engine.bestBidOffer(YRD).isCrossed()).isTrue();
        assertThat(h.engine.lastTradePrice(YRD)).isZero();

        List<ExchangeEvent> events = h.session(YRD, SessionAction.OPEN_CONTINUOUS);

        AuctionUncrossed uncross = only(events, AuctionUncrossed.class);
        assertThat(uncross.price()).isEqualTo(1_000);
        assertThat(uncross.volume()).isEqualTo(14);
        assertThat(uncross.surplus()).isEqualTo(6);
        assertThat(trades(events)).allSatisfy(t -> {
            assertThat(t.price()).isEqualTo(1_000);
            assertThat(t.aggressor()).isEqualTo(Aggressor.AUCTION);
        });
        assertThat(trades(events).stream().mapToLong(TradeExecuted::quantity).sum()).isEqualTo(14);
        assertThat(h.engine.referencePrice(YRD)).isEqualTo(1_000);
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CONTINUOUS);
        assertThat(h.engine.bestBidOffer(YRD).isCrossed()).isFalse();
    }

    @Test
    void the_uncross_counts_hidden_iceberg_reserve_so_no_order_trades_beyond_its_limit() {
        EngineHarness h = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults());
        h.session(YRD, SessionAction.OPEN_AUCTION);
        h.send(PlaceOrder.limit(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1_002, 15, TimeInForce.GTC)
                .withDisplayQuantity(5));
        h.limit(SELLER, Side.ASK, 999, 8);
        long ask1001 = h.limit(SELLER, Side.ASK, 1_001, 10);

        List<ExchangeEvent> events = h.session(YRD, SessionAction.OPEN_CONTINUOUS);

        // Whole quantities: demand 15 up to 1002; supply 8 at 999, 18 from 1001. 1001 and 1002 execute 15
        // leaving 3 asks each: sell pressure takes the lower, 1001. On displayed quantities (5 bid) the
        // price would have been 1000, below the 1001 ask's limit.
        assertThat(only(events, AuctionUncrossed.class)).extracting(AuctionUncrossed::price, AuctionUncrossed::volume,
                AuctionUncrossed::surplus).containsExactly(1_001L, 15L, 3L);
        assertThat(trades(events)).allSatisfy(t -> assertThat(t.price()).isEqualTo(1_001));
        assertThat(h.engine.workingOrder(ask1001).orElseThrow().openQuantity()).isEqualTo(3);
    }

    /**
     * The book of issue 11. Priced on limit prices alone it uncrossed at 1030 leaving 4 asks; every
     * tick from 1001 to 1019 trades the same 10 lots leaving none, and 1019 is nearest the reference.
     */
    @Test
    void the_uncross_may_fall_between_limits_where_nothing_is_left_unmatched() {
        EngineHarness h = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults());
        h.send(new SetReferencePrice(h.now(), YRD, 1_095));
        h.session(YRD, SessionAction.OPEN_AUCTION);
        h.limit(BUYER, Side.BID, 1_030, 10);
        long bid1000 = h.limit(BUYER, Side.BID, 1_000, 4);
        h.limit(SELLER, Side.ASK, 990, 10);
        long ask1020 = h.limit(SELLER, Side.ASK, 1_020, 4);

        List<ExchangeEvent> events = h.session(YRD, SessionAction.OPEN_CONTINUOUS);

        assertThat(only(events, AuctionUncrossed.class)).extracting(AuctionUncrossed::price, AuctionUncrossed::volume,
                AuctionUncrossed::surplus).containsExactly(1_019L, 10L, 0L);
        assertThat(trades(events)).extracting(TradeExecuted::price, TradeExecuted::quantity)
                .containsExactly(tuple(1_019L, 10L));
        assertThat(h.engine.workingOrder(bid1000).orElseThrow().openQuantity()).isEqualTo(4);
        assertThat(h.engine.workingOrder(ask1020).orElseThrow().openQuantity()).isEqualTo(4);
        assertThat(h.engine.referencePrice(YRD)).isEqualTo(1_019);
        assertThat(h.engine.bestBidOffer(YRD).isCrossed()).isFalse();
    }

    /**
     * Random crossed books, icebergs among them: the engine's uncross (which reads only the
     * crossed levels of the book) must find what the rule finds on every order's whole quantity,
     * trade exactly that volume at that one price within every order's limit, and leave the book
     * uncrossed.
     */
    @Test
    void random_auctions_trade_what_the_rule_finds_on_whole_quantities_within_every_limit() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < RANDOM_AUCTIONS; n++) {
            EngineHarness h = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults());
            h.session(YRD, SessionAction.OPEN_AUCTION);
            TreeMap<Long, Long> bids = new TreeMap<>(Comparator.reverseOrder());
            TreeMap<Long, Long> asks = new TreeMap<>();
            Map<Long, Long> limits = new HashMap<>();
            for (int i = 1 + random.nextInt(30); i > 0; i--) {
                Side side = random.nextBoolean() ? Side.BID : Side.ASK;
                long price = 950 + random.nextInt(100);
                long quantity = 1 + random.nextInt(20);
                long display = quantity > 1 && random.nextInt(4) == 0 ? 1 + random.nextInt((int) quantity - 1) : 0;
                long id = EngineHarness.accepted(h.send(PlaceOrder.limit(h.now(), side == Side.BID ? BUYER : SELLER,
                        h.clientId(), YRD, side, price, quantity, TimeInForce.GTC).withDisplayQuantity(display)));
                (side == Side.BID ? bids : asks).merge(price, quantity, Long::sum);
                limits.put(id, price);
            }
            Optional<AuctionPrice> expected = AuctionPricer.find(keys(bids), values(bids), bids.size(), keys(asks),
                    values(asks), asks.size(), EngineFixtures.REFERENCE);

            List<ExchangeEvent> events = h.session(YRD, SessionAction.OPEN_CONTINUOUS);

            String book = "auction " + n + ": bids " + bids + " asks " + asks;
            if (expected.isEmpty()) {
                assertThat(of(events, AuctionUncrossed.class)).as(book).isEmpty();
                assertThat(trades(events)).as(book).isEmpty();
                continue;
            }
            AuctionPrice p = expected.get();
            assertThat(only(events, AuctionUncrossed.class)).as(book).extracting(AuctionUncrossed::price,
                    AuctionUncrossed::volume, AuctionUncrossed::surplus).containsExactly(p.price(), p.volume(), p.surplus());
            assertThat(trades(events).stream().mapToLong(TradeExecuted::quantity).sum()).as(book).isEqualTo(p.volume());
            assertThat(trades(events)).as(book).allSatisfy(t -> {
                assertThat(t.price()).isEqualTo(p.price());
                assertThat(limits.get(t.buyOrderId())).isGreaterThanOrEqualTo(p.price());
                assertThat(limits.get(t.sellOrderId())).isLessThanOrEqualTo(p.price());
            });
            assertThat(h.engine.bestBidOffer(YRD).isCrossed()).as(book).isFalse();
        }
    }

    private static long[] keys(TreeMap<Long, Long> levels) {
        return levels.keySet().stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] values(TreeMap<Long, Long> levels) {
        return levels.values().stream().mapToLong(Long::longValue).toArray();
    }

    /** Band 5% around 1000 is 950..1050; after the reference moves to 980 it is 931..1029. */
    private static EngineHarness bandedMarket() {
        EngineHarness h = new EngineHarness(Catalogue.of(List.of(EngineFixtures.spot(YRD, 1, 1_000, 500, 1_000))),
                EngineConfig.defaults());
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        h.limit(SELLER, Side.ASK, 1_020, 1);
        h.limit(SELLER, Side.ASK, 1_040, 2);
        h.limit(SELLER, Side.ASK, 1_050, 2);
        h.send(new SetReferencePrice(h.now(), YRD, 980));
        return h;
    }

    @Test
    void circuit_breaker_trades_within_the_band_then_halts_instead_of_trading_beyond_it() {
        EngineHarness h = bandedMarket();
        List<ExchangeEvent> events = h.send(PlaceOrder.market(h.now(), BUYER, h.clientId(), YRD, Side.BID, 4, 30));

        assertThat(trades(events)).extracting(TradeExecuted::price).containsExactly(1_020L);
        SessionChanged halt = only(events, SessionChanged.class);
        assertThat(halt.to()).isEqualTo(SessionState.HALTED);
        assertThat(halt.cause()).isEqualTo(SessionChangeCause.CIRCUIT_BREAKER);
        OrderCancelled rest = only(events, OrderCancelled.class);
        assertThat(rest.reason()).isEqualTo(CancelReason.CIRCUIT_BREAKER);
        assertThat(rest.cancelledQuantity()).isEqualTo(3);
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.HALTED);
    }

    @Test
    void a_halted_instrument_resumes_through_an_auction_uncross() {
        EngineHarness h = bandedMarket();
        h.send(PlaceOrder.market(h.now(), BUYER, h.clientId(), YRD, Side.BID, 4, 30));
        h.limit(BUYER, Side.BID, 1_029, 1);
        h.limit(SELLER, Side.ASK, 1_000, 1);
        assertThat(trades(h.allEvents().subList(h.allEvents().size() - 3, h.allEvents().size()))).isEmpty();

        List<ExchangeEvent> events = h.session(YRD, SessionAction.RESUME);

        // 1000..1029 all execute 1 lot with no surplus; 1000 is nearest the reference 980.
        assertThat(only(events, AuctionUncrossed.class).price()).isEqualTo(1_000);
        assertThat(only(events, TradeExecuted.class).quantity()).isEqualTo(1);
        assertThat(h.engine.referencePrice(YRD)).isEqualTo(1_000);
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CONTINUOUS);
    }

    @Test
    void a_resting_order_stopped_by_the_breaker_waits_in_the_auction_at_its_own_limit() {
        EngineHarness h = new EngineHarness(Catalogue.of(List.of(EngineFixtures.spot(YRD, 1, 1_000, 500, 1_000))),
                EngineConfig.defaults());
        h.session(YRD, SessionAction.OPEN_CONTINUOUS);
        h.limit(SELLER, Side.ASK, 1_020, 1);
        h.limit(SELLER, Side.ASK, 1_040, 2);
        // Entered while the band is 950..1050; triggered after it moved to 931..1029.
        long stop = EngineHarness.accepted(h.send(PlaceOrder.stopLimit(h.now(), BUYER, h.clientId(), YRD, Side.BID,
                1_010, 1_045, 2, TimeInForce.GTC)));
        h.send(new SetReferencePrice(h.now(), YRD, 980));

        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), SELLER + 1, h.clientId(), YRD, Side.BID, 1_020,
                1, TimeInForce.IOC));

        assertThat(trades(events)).extracting(TradeExecuted::price).containsExactly(1_020L);
        assertThat(only(events, SessionChanged.class).cause()).isEqualTo(SessionChangeCause.CIRCUIT_BREAKER);
        assertThat(h.engine.workingOrder(stop).orElseThrow().price()).isEqualTo(1_045);
        assertThat(h.engine.bestBidOffer(YRD).isCrossed()).isTrue();

        events = h.session(YRD, SessionAction.RESUME);
        // 1040..1045 execute 2 lots with no surplus; 1040 is nearest the reference 980.
        assertThat(only(events, AuctionUncrossed.class)).extracting(AuctionUncrossed::price, AuctionUncrossed::volume)
                .containsExactly(1_040L, 2L);
        assertThat(h.engine.workingOrder(stop)).isEmpty();
    }
}
