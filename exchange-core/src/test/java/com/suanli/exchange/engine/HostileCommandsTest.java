package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.OrderRested;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.Bar;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.suanli.exchange.engine.EngineFixtures.YRD;
import static com.suanli.exchange.engine.EngineHarness.accepted;
import static com.suanli.exchange.engine.EngineHarness.of;
import static com.suanli.exchange.engine.EngineHarness.only;
import static com.suanli.exchange.engine.EngineHarness.rejected;
import static com.suanli.exchange.engine.EngineHarness.trades;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Commands a careless or hostile client can build, each of which once broke the engine (an
 * exception out of {@code submit}, or a command half applied). Each is now applied whole or
 * refused whole, with a reject that names it. The fixtures trade around a reference of 1,000
 * ticks with a 10% band.
 */
class HostileCommandsTest {
    private static final long BUYER = 10;
    private static final long SELLER = 20;
    private static final long MAX = ContractSpec.MAX_PRICE_TICKS;
    private final EngineHarness h = EngineHarness.continuous();

    /** Sends a command that must be refused whole: one reject, nothing else; returns it. */
    private CommandRejected refusedWhole(Command command, RejectReason reason) {
        long stateBefore = stateWithoutSequence();
        List<ExchangeEvent> events = h.send(command);
        assertThat(events).as("%s", command).hasSize(1);
        CommandRejected r = rejected(events);
        assertThat(r.reason()).as("%s", command).isEqualTo(reason);
        assertThat(r.command()).isEqualTo(command.kind());
        assertThat(r.account()).isEqualTo(command.account());
        assertThat(r.clientOrderId()).isEqualTo(command.clientOrderId());
        assertThat(r.orderId()).isEqualTo(command.orderId());
        assertThat(r.timestamp()).isEqualTo(command.timestamp());
        assertThat(stateWithoutSequence()).as("state after %s", command).isEqualTo(stateBefore);
        return r;
    }

    /** What a refusal must leave as it was: sessions, references, books and working orders. */
    private long stateWithoutSequence() {
        long hash = h.engine.workingOrderCount();
        for (int id : h.engine.instrumentIds()) {
            hash = StateHash.mix(hash, h.engine.referencePrice(id));
            hash = StateHash.mix(hash, h.engine.session(id).ordinal());
            hash = StateHash.mix(hash, h.engine.depth(id, Integer.MAX_VALUE).hashCode());
        }
        return hash;
    }

    @Test
    void an_unknown_instrument_is_refused_on_every_command_that_names_one() {
        for (int id : new int[] {0, -1, 2, 99, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            List<Command> commands = List.of(
                    PlaceOrder.limit(h.now(), BUYER, h.clientId(), id, Side.BID, 1_000, 1, TimeInForce.GTC),
                    new SessionCommand(h.now(), id, SessionAction.HALT),
                    new SetReferencePrice(h.now(), id, 1_000),
                    Quote.of(h.now(), BUYER, id, 990, 1, 1_010, 1));
            for (Command command : commands) {
                CommandRejected r = refusedWhole(command, RejectReason.UNKNOWN_INSTRUMENT);
                assertThat(r.instrumentId()).isEqualTo(id);
                assertThat(r.message()).startsWith("instrumentId: no listed instrument " + id);
            }
            CommandRejected mass = refusedWhole(new MassQuote(h.now(), BUYER, List.of(
                    new QuoteSides(YRD, 990, 1, 1_010, 1), new QuoteSides(id, 990, 1, 1_010, 1))),
                    RejectReason.UNKNOWN_INSTRUMENT);
            assertThat(mass.instrumentId()).as("the instrument whose quote failed").isEqualTo(id);
            if (id != MassCancel.ALL_INSTRUMENTS) {
                assertThat(refusedWhole(new MassCancel(h.now(), BUYER, id), RejectReason.UNKNOWN_INSTRUMENT)
                        .instrumentId()).isEqualTo(id);
            }
        }
    }

    @Test
    void a_reference_price_the_band_arithmetic_cannot_hold_is_refused_before_it_is_assigned() {
        for (long price : new long[] {Long.MAX_VALUE / 2, Long.MAX_VALUE, MAX + 1, 100_000_000, 0, -1,
                Long.MIN_VALUE}) {
            CommandRejected r = refusedWhole(new SetReferencePrice(h.now(), YRD, price),
                    RejectReason.REFERENCE_PRICE_INVALID);
            assertThat(r.message()).isEqualTo("priceTicks: must be 1 to 4194304, was " + price);
        }
        assertThat(h.engine.referencePrice(YRD)).isEqualTo(1_000);
        // Orders are still checked against the band of the reference the engine reports.
        accepted(h.send(PlaceOrder.limit(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1_100, 1, TimeInForce.GTC)));
        refusedWhole(PlaceOrder.limit(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1_101, 1, TimeInForce.GTC),
                RejectReason.OUTSIDE_PRICE_BAND);
    }

    @Test
    void a_bid_beyond_the_prices_a_book_holds_is_refused_before_it_is_accepted() {
        h.limit(BUYER, Side.BID, 1_000, 1);
        refusedWhole(new SetReferencePrice(h.now(), YRD, 100_000_000), RejectReason.REFERENCE_PRICE_INVALID);

        refusedWhole(PlaceOrder.limit(h.now(), BUYER, h.clientId(), YRD, Side.BID, 100_000_000, 1, TimeInForce.GTC),
                RejectReason.OUTSIDE_PRICE_BAND);
    }

    @Test
    void one_side_of_a_book_holds_the_lowest_and_the_highest_price_at_once() {
        h.send(new SetReferencePrice(h.now(), YRD, 1)); // band 1..1
        long lowest = h.limit(BUYER, Side.BID, 1, 1);
        h.send(new SetReferencePrice(h.now(), YRD, MAX)); // band 3774874..4194304

        List<ExchangeEvent> events = h.send(PlaceOrder.limit(h.now(), BUYER, h.clientId(), YRD, Side.BID, MAX, 2,
                TimeInForce.GTC));

        assertThat(only(events, OrderRested.class).price()).isEqualTo(MAX);
        assertThat(h.engine.depth(YRD, 10).bids()).extracting("price").containsExactly(MAX, 1L);
        assertThat(h.engine.workingOrder(lowest)).isPresent();
        List<ExchangeEvent> sale = h.send(PlaceOrder.limit(h.now(), SELLER, h.clientId(), YRD, Side.ASK, MAX, 2,
                TimeInForce.IOC));
        assertThat(trades(sale)).extracting(TradeExecuted::price, TradeExecuted::quantity)
                .containsExactly(tuple(MAX, 2L));
    }

    @Test
    void a_price_amendment_across_the_whole_price_range_is_applied_whole_or_refused_whole() {
        h.send(new SetReferencePrice(h.now(), YRD, 1));
        long bid = h.limit(BUYER, Side.BID, 1, 3);
        h.limit(BUYER, Side.BID, 1, 1);
        h.send(new SetReferencePrice(h.now(), YRD, MAX));

        refusedWhole(new AmendPrice(h.now(), BUYER, bid, MAX + 1), RejectReason.OUTSIDE_PRICE_BAND);
        refusedWhole(new AmendPrice(h.now(), BUYER, bid, 100_000_000), RejectReason.OUTSIDE_PRICE_BAND);
        refusedWhole(new AmendPrice(h.now(), BUYER, bid, Long.MAX_VALUE), RejectReason.OUTSIDE_PRICE_BAND);
        List<ExchangeEvent> moved = h.send(new AmendPrice(h.now(), BUYER, bid, MAX));

        assertThat(only(moved, OrderAmended.class).price()).isEqualTo(MAX);
        assertThat(only(moved, OrderRested.class).price()).isEqualTo(MAX);
        assertThat(h.engine.workingOrder(bid).orElseThrow().price()).isEqualTo(MAX);
    }

    @Test
    void a_mass_quote_with_one_bad_instrument_changes_no_quote_anywhere() {
        EngineHarness two = new EngineHarness(EngineFixtures.catalogue(2), EngineConfig.defaults());
        two.session(1, SessionAction.OPEN_CONTINUOUS);
        two.session(2, SessionAction.OPEN_CONTINUOUS);
        QuoteAccepted before = only(two.send(Quote.of(two.now(), BUYER, 1, 990, 1, 1_010, 1)), QuoteAccepted.class);

        for (QuoteSides bad : List.of(new QuoteSides(2, 100_000_000, 1, 100_000_001, 1),
                new QuoteSides(2, 990, Long.MAX_VALUE, 1_010, 1), new QuoteSides(2, Long.MIN_VALUE, 1, 1_010, 1),
                new QuoteSides(2, 990, 1, MAX + 1, -1))) {
            List<ExchangeEvent> events = two.send(new MassQuote(two.now(), BUYER,
                    List.of(new QuoteSides(1, 995, 2, 1_005, 2), bad)));
            assertThat(events).as("%s", bad).hasSize(1);
            assertThat(rejected(events).instrumentId()).isEqualTo(2);
        }

        assertThat(two.engine.workingOrderCount()).isEqualTo(2);
        assertThat(two.engine.workingOrder(before.bidOrderId()).orElseThrow().price()).isEqualTo(990);
        assertThat(two.engine.bestBidOffer(2).hasBid()).isFalse();
    }

    @Test
    void a_market_order_with_the_largest_protection_saturates_instead_of_wrapping() {
        h.limit(SELLER, Side.ASK, 1_000, 1);
        h.limit(BUYER, Side.BID, 990, 1);

        List<ExchangeEvent> buy = h.send(PlaceOrder.market(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1,
                Long.MAX_VALUE));
        List<ExchangeEvent> sell = h.send(PlaceOrder.market(h.now(), SELLER, h.clientId(), YRD, Side.ASK, 1,
                Long.MAX_VALUE));

        assertThat(only(buy, OrderAccepted.class).price()).isEqualTo(MAX);
        assertThat(trades(buy)).extracting(TradeExecuted::price).containsExactly(1_000L);
        assertThat(only(sell, OrderAccepted.class).price()).isEqualTo(1);
        assertThat(trades(sell)).extracting(TradeExecuted::price).containsExactly(990L);
        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CONTINUOUS);
    }

    @Test
    void a_stop_price_beyond_every_price_is_refused() {
        CommandRejected r = refusedWhole(PlaceOrder.stop(h.now(), BUYER, h.clientId(), YRD, Side.BID, Long.MAX_VALUE,
                1, 5), RejectReason.STOP_PRICE_INVALID);
        assertThat(r.message()).startsWith("stopPrice: " + Long.MAX_VALUE + " is above the highest price");
    }

    @Test
    void a_far_future_timestamp_is_refused_and_the_market_goes_on() {
        long engineTime = h.now() - EngineHarness.STEP; // the time of the last command
        long micros = h.now() * 1_000;
        assertThat(refusedWhole(new TimeTick(micros), RejectReason.TIMESTAMP_OUT_OF_RANGE).message())
                .startsWith("timestamp: " + micros + " is outside 0..253402300799999");
        refusedWhole(new TimeTick(Long.MAX_VALUE), RejectReason.TIMESTAMP_OUT_OF_RANGE);
        refusedWhole(new TimeTick(Long.MIN_VALUE), RejectReason.TIMESTAMP_OUT_OF_RANGE);
        long beyond = engineTime + EngineConfig.DEFAULT_MAX_CLOCK_STEP_MILLIS + 1;
        CommandRejected ahead = refusedWhole(PlaceOrder.limit(beyond, BUYER, 77, YRD, Side.BID, 1_000, 1,
                TimeInForce.GTC), RejectReason.TIMESTAMP_TOO_FAR_AHEAD);
        assertThat(ahead.message()).isEqualTo("timestamp: " + beyond + " is "
                + (EngineConfig.DEFAULT_MAX_CLOCK_STEP_MILLIS + 1) + " ms ahead of the engine time " + engineTime
                + ", beyond the maximum step of " + EngineConfig.DEFAULT_MAX_CLOCK_STEP_MILLIS + " ms");
        assertThat(ahead.clientOrderId()).isEqualTo(77);
        assertThat(ahead.instrumentId()).isEqualTo(YRD);

        assertThat(h.engine.session(YRD)).isEqualTo(SessionState.CONTINUOUS);
        h.limit(SELLER, Side.ASK, 1_000, 1);
        assertThat(trades(h.send(PlaceOrder.limit(h.now(), BUYER, h.clientId(), YRD, Side.BID, 1_000, 1,
                TimeInForce.IOC)))).hasSize(1);
        // The largest step is taken whole.
        h.advance(EngineConfig.DEFAULT_MAX_CLOCK_STEP_MILLIS - EngineHarness.STEP);
        assertThat(h.send(new TimeTick(h.now()))).noneMatch(e -> e instanceof CommandRejected);
    }

    @Test
    void the_first_command_cannot_start_the_clock_in_another_unit() {
        EngineHarness fresh = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults());
        long nanos = fresh.now() * 1_000_000;

        assertThat(rejected(fresh.send(new TimeTick(nanos))).reason()).isEqualTo(RejectReason.TIMESTAMP_OUT_OF_RANGE);
        assertThat(fresh.send(new SessionCommand(fresh.now(), YRD, SessionAction.OPEN_CONTINUOUS)))
                .noneMatch(e -> e instanceof CommandRejected);
    }

    @Test
    void a_configured_group_number_is_not_an_account() {
        EngineConfig fiveInSeven = EngineConfig.defaults().withAccountGroups(Map.of(5L, 7L));
        EngineHarness groups = new EngineHarness(EngineFixtures.catalogue(1), fiveInSeven);
        groups.session(YRD, SessionAction.OPEN_CONTINUOUS);
        groups.limit(7, Side.ASK, 1_000, 1);
        assertThat(trades(groups.send(PlaceOrder.limit(groups.now(), 5, groups.clientId(), YRD, Side.BID, 1_000, 1,
                TimeInForce.IOC)))).as("account 5 (group 7) trades with account 7 (not in group 7)").hasSize(1);

        EngineHarness bothInSeven = new EngineHarness(EngineFixtures.catalogue(1),
                EngineConfig.defaults().withAccountGroups(Map.of(5L, 7L, 7L, 7L)));
        bothInSeven.session(YRD, SessionAction.OPEN_CONTINUOUS);
        bothInSeven.limit(7, Side.ASK, 1_000, 1);
        List<ExchangeEvent> prevented = bothInSeven.send(PlaceOrder.limit(bothInSeven.now(), 5, bothInSeven.clientId(),
                YRD, Side.BID, 1_000, 1, TimeInForce.IOC));
        assertThat(trades(prevented)).isEmpty();
        assertThat(only(prevented, OrderCancelled.class).reason()).isEqualTo(CancelReason.SELF_TRADE);
    }

    @Test
    void a_pre_trade_check_that_fails_refuses_the_order_instead_of_breaking_the_engine() {
        PreTradeCheck broken = (account, contract, side, price, quantity, timestamp) -> {
            if (quantity > 5) {
                throw new IllegalStateException("margin service down");
            }
            return quantity > 3 ? null : PreTradeVerdict.ALLOW;
        };
        EngineHarness checked = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults(), broken);
        checked.session(YRD, SessionAction.OPEN_CONTINUOUS);

        CommandRejected thrown = rejected(checked.send(PlaceOrder.limit(checked.now(), BUYER, 1, YRD, Side.BID, 1_000,
                6, TimeInForce.GTC)));
        CommandRejected noVerdict = rejected(checked.send(PlaceOrder.limit(checked.now(), BUYER, 2, YRD, Side.BID,
                1_000, 4, TimeInForce.GTC)));

        assertThat(thrown.reason()).isEqualTo(RejectReason.PRE_TRADE_CHECK);
        assertThat(thrown.message()).isEqualTo("the pre-trade check failed: java.lang.IllegalStateException: "
                + "margin service down");
        assertThat(noVerdict.message()).isEqualTo("the pre-trade check gave no verdict");
        assertThat(checked.engine.workingOrderCount()).isZero();
    }

    @Test
    void the_largest_orders_at_the_highest_price_trade_and_a_bar_that_outgrows_a_long_saturates() {
        long mostLots = ContractSpec.MAX_ORDER_LOTS;
        EngineHarness big = new EngineHarness(Catalogue.of(List.of(EngineFixtures.spot(YRD, 1, mostLots,
                EngineFixtures.BAND_BPS, MAX))), EngineConfig.defaults());
        big.session(YRD, SessionAction.OPEN_CONTINUOUS);
        // Each trade's notional, MAX x mostLots, is about 2^53: the 1,025th passes 2^63.
        int trades = 1_025;
        for (int i = 0; i < trades; i++) {
            big.limit(SELLER, Side.ASK, MAX, mostLots);
            List<ExchangeEvent> events = big.send(PlaceOrder.limit(big.now(), BUYER, big.clientId(), YRD, Side.BID,
                    MAX, mostLots, TimeInForce.IOC));
            assertThat(only(events, TradeExecuted.class).quantity()).isEqualTo(mostLots);
        }

        Bar day = big.engine.dailyBars(YRD).get(0);
        assertThat(day.isSaturated()).isTrue();
        assertThat(day.notional()).isEqualTo(Bar.SATURATED);
        assertThat(day.volume()).isEqualTo(trades * mostLots);
        assertThat(day.tradeCount()).isEqualTo(trades);
    }

    @Test
    void a_contract_whose_orders_a_book_cannot_sum_cannot_be_listed() {
        assertThatThrownBy(() -> EngineFixtures.spot(YRD, 1, Long.MAX_VALUE / MAX + 1, EngineFixtures.BAND_BPS, 1_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("maxOrderLots: must be at most 2147483647");
    }

    @Test
    void every_command_refused_as_late_names_itself() {
        long late = h.now() - 10 * EngineHarness.STEP;
        h.limit(BUYER, Side.BID, 990, 1);
        List<Command> commands = List.of(
                PlaceOrder.limit(late, BUYER, 41, YRD, Side.BID, 1_000, 1, TimeInForce.GTC),
                new AmendPrice(late, BUYER, 1, 1_001),
                new AmendQuantity(late, BUYER, 1, 2),
                new CancelOrder(late, SELLER, 1),
                new MassCancel(late, BUYER, YRD),
                Quote.of(late, SELLER, YRD, 990, 1, 1_010, 1),
                new MassQuote(late, SELLER, List.of(new QuoteSides(YRD, 990, 1, 1_010, 1))),
                new SessionCommand(late, YRD, SessionAction.HALT),
                new SetReferencePrice(late, YRD, 1_000),
                new TimeTick(late));
        for (Command command : commands) {
            CommandRejected r = refusedWhole(command, RejectReason.TIMESTAMP_BEFORE_ENGINE_TIME);
            assertThat(r.instrumentId()).as("%s", command).isEqualTo(command.instrumentId());
        }
        assertThat(commands.get(0).clientOrderId()).isEqualTo(41);
        assertThat(commands.get(1).orderId()).isEqualTo(1);
        assertThat(commands.get(5).instrumentId()).isEqualTo(YRD);
    }
}
