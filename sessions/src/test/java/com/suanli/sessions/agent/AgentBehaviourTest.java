package com.suanli.sessions.agent;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.ReferencePriceChanged;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.config.AgentGroup;
import com.suanli.sessions.config.HedgerSettings;
import com.suanli.sessions.config.MarketMakerSettings;
import com.suanli.sessions.config.TraderSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

/** Each agent alone, shown a market the test writes as events, its commands recorded. */
class AgentBehaviourTest {

    private static final AgentGroup GROUP = new AgentGroup(1, 1_000_000, 10, 200);
    private static final MarketMakerSettings MAKER = new MarketMakerSettings(GROUP, 30, 5, 1.0, 1.0);
    /** A quote's price is whole ticks around a fractional fair value: a tick either way. */
    private static final double TICK = 1.0;

    private final AgentBench bench = new AgentBench();

    @Test
    void a_market_maker_quotes_every_trading_contract_two_sided_around_its_fair_value() {
        bench.act(new MarketMaker(bench.setup(200), MAKER));

        List<QuoteSides> quotes = quotes();
        assertThat(quotes).hasSize(bench.listing.contracts().size());
        for (QuoteSides q : quotes) {
            double fair = bench.fair.ticks(q.instrumentId());
            assertThat(q.bidQuantity()).isEqualTo(5);
            assertThat(q.askQuantity()).isEqualTo(5);
            assertThat((double) q.bidPrice()).isLessThan(fair).isCloseTo(fair * (1 - 0.003), offset(TICK));
            assertThat((double) q.askPrice()).isGreaterThan(fair).isCloseTo(fair * (1 + 0.003), offset(TICK));
        }
    }

    @Test
    void a_long_market_maker_quotes_lower_a_short_one_higher_and_one_at_its_limit_quotes_only_the_side_that_reduces() {
        int id = bench.future("H100", Hub.YRD, 1);
        MarketMaker flat = new MarketMaker(bench.setup(200), MAKER);
        bench.act(flat);
        QuoteSides calm = quote(id);

        MarketMaker full = new MarketMaker(bench.setup(200), MAKER);
        full.onOwnEvent(bench.fill(id, calm.askPrice(), 200));
        bench.sent.clear();
        bench.act(full);
        QuoteSides longQuote = quote(id);

        MarketMaker shortMaker = new MarketMaker(bench.setup(200), MAKER);
        shortMaker.onOwnEvent(bench.fill(id, calm.bidPrice(), -50));
        bench.sent.clear();
        bench.act(shortMaker);
        QuoteSides shortQuote = quote(id);

        assertThat(longQuote.askPrice()).isLessThan(calm.askPrice());
        assertThat(longQuote.bidQuantity()).as("no more buying at the limit").isZero();
        assertThat(longQuote.askQuantity()).isEqualTo(5);
        assertThat(shortQuote.bidPrice()).isGreaterThan(calm.bidPrice());
        assertThat(shortQuote.bidQuantity()).isEqualTo(5);
    }

    @Test
    void a_market_maker_widens_when_trade_prices_move_and_pulls_its_quotes_on_a_halt() {
        int id = bench.spot("H100", Hub.YRD);
        MarketMaker maker = new MarketMaker(bench.setup(200), MAKER);
        bench.act(maker);
        QuoteSides calm = quote(id);
        long price = calm.bidPrice();
        for (int n = 0; n < 40; n++) {
            price = n % 2 == 0 ? price * 102 / 100 : price * 100 / 102;
            bench.market.onEvent(new TradeExecuted(1_000 + n, AgentBench.TIME, 1_000 + n, id, price, 1, 1, 7, 2, 8,
                    Aggressor.BUYER, 0, 0));
        }
        bench.sent.clear();
        bench.act(maker);
        QuoteSides wide = quote(id);
        assertThat(wide.askPrice() - wide.bidPrice()).isGreaterThan(2 * (calm.askPrice() - calm.bidPrice()));

        bench.session(id, SessionState.HALTED);
        bench.sent.clear();
        bench.act(maker);
        assertThat(bench.sent).contains(new MassCancel(AgentBench.TIME, AgentBench.ACCOUNT, id));
        assertThat(quotes()).noneMatch(q -> q.instrumentId() == id);
    }

    @Test
    void a_market_maker_whose_fair_value_lies_beyond_the_band_quotes_a_tick_wide_at_its_edge() {
        int id = bench.spot("H100", Hub.GBA);
        long fair = bench.fair.wholeTicks(id);
        long high = fair * 95 / 100;
        bench.market.onEvent(new ReferencePriceChanged(900, AgentBench.TIME, id, high - 100, high - 200, high));

        bench.act(new MarketMaker(bench.setup(200), MAKER));

        assertThat(quote(id)).satisfies(q -> assertThat(List.of(q.bidPrice(), q.askPrice())).containsExactly(high - 1, high));
    }

    @Test
    void an_ai_lab_buys_its_scheduled_lots_of_the_chosen_month_within_its_urgency_and_stops_when_done() {
        HedgerSettings lab = new HedgerSettings(new AgentGroup(1, 1_000_000, 10, 100), 5, 60, 2);
        CapacityHedger consumer = new CapacityHedger(bench.setup(100), lab, "H100", Hub.YRD, Side.BID);
        int id = bench.future("H100", Hub.YRD, 2);

        bench.act(consumer);

        PlaceOrder order = bench.orders().get(0);
        assertThat(bench.orders()).hasSize(1);
        assertThat(order.instrumentId()).isEqualTo(id);
        assertThat(order.side()).isEqualTo(Side.BID);
        assertThat(order.quantity()).isEqualTo(5);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.IOC);
        assertThat((double) order.price()).isGreaterThan(bench.fair.ticks(id)).isLessThanOrEqualTo(bench.fair.ticks(id) * 1.006);

        consumer.onOwnEvent(bench.fill(id, order.price(), 5));
        bench.sent.clear();
        bench.act(consumer);
        assertThat(bench.sent).as("the day's schedule is met").isEmpty();
    }

    @Test
    void a_provider_sells_its_idle_capacity_forward_below_fair_value() {
        HedgerSettings provider = new HedgerSettings(new AgentGroup(1, 1_000_000, 10, 100), 5, 60, 1);
        CapacityHedger seller = new CapacityHedger(bench.setup(100), provider, "H200", Hub.NM, Side.ASK);
        int id = bench.future("H200", Hub.NM, 1);

        bench.act(seller);

        assertThat(bench.orders(id, Side.ASK)).singleElement().satisfies(order -> {
            assertThat(order.quantity()).isEqualTo(5);
            assertThat((double) order.price()).isLessThan(bench.fair.ticks(id))
                    .isGreaterThanOrEqualTo(bench.fair.ticks(id) * 0.994 - TICK);
        });
    }

    @Test
    void a_hub_arbitrageur_sells_the_rich_east_and_buys_the_cheap_west_when_the_spread_is_wide_and_waits_when_it_is_fair() {
        TraderSettings settings = TraderSettings.of(GROUP, 3, 20);
        int east = bench.spot("H100", Hub.YRD);
        int west = bench.spot("H100", Hub.NM);
        long fairEast = bench.fair.wholeTicks(east);
        long fairWest = bench.fair.wholeTicks(west);
        bench.top(east, fairEast - 2, 10, fairEast + 2, 10);
        bench.top(west, fairWest - 2, 10, fairWest + 2, 10);
        SpreadArbitrageur arbitrageur = new SpreadArbitrageur(bench.setup(50), settings, SpreadKind.EAST_WEST);

        bench.act(arbitrageur);
        assertThat(bench.sent).as("a fair spread").isEmpty();

        long richBid = fairEast + fairEast / 100;
        bench.top(east, richBid, 2, richBid + 4, 10);
        bench.act(arbitrageur);

        assertThat(bench.orders(east, Side.ASK)).singleElement()
                .satisfies(o -> assertThat(List.of(o.price(), o.quantity())).containsExactly(richBid, 2L));
        assertThat(bench.orders(west, Side.BID)).singleElement()
                .satisfies(o -> assertThat(List.of(o.price(), o.quantity())).containsExactly(fairWest + 2, 2L));
        assertThat(bench.orders()).allMatch(o -> o.timeInForce() == TimeInForce.IOC).hasSize(2);
    }

    @Test
    void a_calendar_arbitrageur_buys_the_cheap_near_month_and_sells_the_far_one_when_their_spread_is_wide() {
        int near = bench.future("H100", Hub.GZ, 1);
        int far = bench.future("H100", Hub.GZ, 2);
        long fairNear = bench.fair.wholeTicks(near);
        long fairFar = bench.fair.wholeTicks(far);
        long cheapAsk = fairNear - fairNear / 50;
        bench.top(near, cheapAsk - 4, 10, cheapAsk, 10);
        bench.top(far, fairFar - 1, 10, fairFar + 3, 10);

        bench.act(new SpreadArbitrageur(bench.setup(50), TraderSettings.of(GROUP, 3, 20), SpreadKind.CALENDAR));

        assertThat(bench.orders(near, Side.BID)).singleElement().satisfies(o -> assertThat(o.price()).isEqualTo(cheapAsk));
        assertThat(bench.orders(far, Side.ASK)).singleElement().satisfies(o -> assertThat(o.price()).isEqualTo(fairFar - 1));
    }

    @Test
    void a_value_trader_buys_an_offer_well_under_its_view_and_sells_a_bid_well_over_it() {
        TraderSettings settings = new TraderSettings(GROUP, 2, 20, 50, 1, 2);
        int id = bench.future("H100", Hub.NM, 1);
        long fair = bench.fair.wholeTicks(id);
        ValueTrader trader = new ValueTrader(bench.setup(40), settings, id);

        bench.top(id, fair * 90 / 100, 5, fair * 95 / 100, 5);
        bench.act(trader);
        bench.top(id, fair * 105 / 100, 5, fair * 110 / 100, 5);
        bench.act(trader);

        assertThat(bench.orders()).extracting(PlaceOrder::side, PlaceOrder::price, PlaceOrder::quantity)
                .containsExactly(tuple(Side.BID, fair * 95 / 100, 2L),
                        tuple(Side.ASK, fair * 105 / 100, 2L));
    }

    @Test
    void a_momentum_trader_buys_a_rising_market_and_sells_a_falling_one() {
        TraderSettings settings = new TraderSettings(GROUP, 2, 15, 0, 30, 180);
        int id = bench.spot("H200", Hub.YRD);
        long fair = bench.fair.wholeTicks(id);
        MomentumTrader trader = new MomentumTrader(bench.setup(30), settings, id);
        long minute = 60_000;
        long time = AgentBench.TIME;
        for (int n = 0; n <= 6; n++) {
            long mid = fair + n * fair / 200;
            bench.top(id, mid - 1, 5, mid + 1, 5);
            bench.actAt(trader, time += 10 * minute);
        }
        assertThat(bench.orders()).isNotEmpty().allMatch(o -> o.side() == Side.BID);

        bench.sent.clear();
        for (int n = 6; n >= -6; n--) {
            long mid = fair + n * fair / 200;
            bench.top(id, mid - 1, 5, mid + 1, 5);
            bench.actAt(trader, time += 10 * minute);
        }
        assertThat(bench.orders()).last().satisfies(o -> assertThat(o.side()).isEqualTo(Side.ASK));
    }

    @Test
    void a_noise_trader_trades_both_sides_in_small_sizes_within_the_band() {
        TraderSettings settings = TraderSettings.of(GROUP, 3, 50);
        List<Integer> followed = List.of(bench.spot("H100", Hub.YRD), bench.future("H100", Hub.YRD, 1));
        followed.forEach(id -> bench.top(id, bench.fair.wholeTicks(id) - 3, 5, bench.fair.wholeTicks(id) + 3, 5));
        NoiseTrader trader = new NoiseTrader(bench.setup(1_000), settings, followed);

        for (int n = 0; n < 200; n++) {
            bench.act(trader);
        }

        assertThat(bench.orders()).hasSize(200).allSatisfy(o -> {
            assertThat(followed).contains(o.instrumentId());
            assertThat(o.quantity()).isBetween(1L, 3L);
            long fair = bench.fair.wholeTicks(o.instrumentId());
            assertThat(o.price()).isBetween(fair * 99 / 100, fair * 101 / 100);
        });
        assertThat(bench.orders()).extracting(PlaceOrder::side).contains(Side.BID, Side.ASK);
        assertThat(bench.orders()).extracting(PlaceOrder::timeInForce).contains(TimeInForce.IOC, TimeInForce.DAY);
    }

    private List<QuoteSides> quotes() {
        return bench.sent.stream().filter(Quote.class::isInstance).map(c -> ((Quote) c).sides()).toList();
    }

    private QuoteSides quote(int id) {
        return quotes().stream().filter(q -> q.instrumentId() == id).findFirst().orElseThrow();
    }
}
