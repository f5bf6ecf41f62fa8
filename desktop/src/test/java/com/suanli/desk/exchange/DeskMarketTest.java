package com.suanli.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.clearing.Position;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.Bar;
import com.suanli.exchange.marketdata.BarPeriod;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read models against the engine they follow: a seeded session of every order kind (limits, markets,
 * stops, stop-limits, icebergs, quotes, cancels, amendments, mass cancels) fed to the model in batches of
 * random size, with stretches of events dropped as a slow feed would lose them; after every batch the
 * model's books, tops, last trades and working orders equal the engine's, and the positions equal the
 * trades' sums (the model's positions come only from events, so those runs drop nothing).
 */
class DeskMarketTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault().ofProduct("H100")
            .where(c -> c.hub().code().equals("YRD"));
    private static final long MORNING = ZonedDateTime.of(2027, 3, 1, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"))
            .toInstant().toEpochMilli();
    private static final int ACCOUNTS = 5;
    private static final int COMMANDS = 6_000;

    private final List<ExchangeEvent> published = new ArrayList<>();
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final Engine engine = new Engine(CATALOGUE, EngineConfig.defaults(), published::add);
    private long time = MORNING;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void the_model_equals_the_engine_after_every_batch_and_positions_sum_the_trades(long seed) {
        DeskMarket market = new DeskMarket(() -> MarketSeed.of(engine), List.of());
        market.start();
        Map<Long, Map<Integer, Long>> traded = new HashMap<>();
        Random random = new Random(seed);
        opening().forEach(engine::submit);
        int next = 0;
        while (next < COMMANDS) {
            int batch = 1 + random.nextInt(40);
            for (int i = 0; i < batch && next < COMMANDS; i++) {
                engine.submit(next(random, next++));
            }
            published.stream().filter(TradeExecuted.class::isInstance).map(TradeExecuted.class::cast).forEach(t -> {
                traded.computeIfAbsent(t.buyAccount(), a -> new TreeMap<>()).merge(t.instrumentId(), t.quantity(), Long::sum);
                traded.computeIfAbsent(t.sellAccount(), a -> new TreeMap<>()).merge(t.instrumentId(), -t.quantity(), Long::sum);
            });
            market.onEvents(new ArrayList<>(published));
            published.clear();
            assertFollowsTheEngine(market);
        }
        Map<Integer, Long> longLots = new HashMap<>();
        for (long account = 1; account <= ACCOUNTS; account++) {
            SortedMap<Integer, Long> expected = new TreeMap<>(traded.getOrDefault(account, Map.of()));
            expected.values().removeIf(lots -> lots == 0);
            assertThat(market.positions(account)).as("positions of %d", account).isEqualTo(expected);
            expected.forEach((id, lots) -> longLots.merge(id, Math.max(lots, 0), Long::sum));
        }
        for (int id : engine.instrumentIds()) {
            assertThat(market.openInterest(id)).as("open interest of %d: the long lots", id)
                    .isEqualTo(longLots.getOrDefault(id, 0L));
        }
        assertThat(longLots.values()).as("some lots are open").anyMatch(lots -> lots > 0);
        assertThat(market.gaps()).isZero();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5, 6})
    void after_events_are_lost_the_model_reloads_and_follows_the_engine_again(long seed) {
        DeskMarket market = new DeskMarket(() -> MarketSeed.of(engine), List.of());
        market.start();
        Random random = new Random(seed);
        opening().forEach(engine::submit);
        int next = 0;
        int lost = 0;
        while (next < COMMANDS) {
            int batch = 1 + random.nextInt(40);
            for (int i = 0; i < batch && next < COMMANDS; i++) {
                engine.submit(next(random, next++));
            }
            if (random.nextInt(10) == 0 && published.size() > 1) {
                // A slow feed: the tail of this batch is dropped, and the host says so after what was kept.
                int kept = random.nextInt(published.size());
                if (kept > 0) {
                    market.onEvents(new ArrayList<>(published.subList(0, kept)));
                }
                market.onGap(published.size() - kept);
                lost++;
            } else {
                market.onEvents(new ArrayList<>(published));
            }
            published.clear();
            assertFollowsTheEngine(market);
        }
        assertThat(lost).isPositive();
        assertThat(market.gaps()).isEqualTo(lost);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7})
    void events_that_arrive_before_the_seed_are_neither_lost_nor_counted_twice(long seed) {
        List<Position> recorded = List.of(new Position(1, CATALOGUE.contracts().get(3).instrumentId(), 7, 1));
        DeskMarket market = new DeskMarket(() -> MarketSeed.of(engine), recorded);
        Random random = new Random(seed);
        opening().forEach(engine::submit);
        for (int i = 0; i < 2_000; i++) {
            engine.submit(next(random, i));
        }
        // The feed delivers before the seed is taken: half of these are in the seed, half after it.
        market.onEvents(new ArrayList<>(published.subList(0, published.size() / 2)));
        market.start();
        market.onEvents(new ArrayList<>(published.subList(published.size() / 2, published.size())));
        published.clear();
        assertFollowsTheEngine(market);
        for (int i = 2_000; i < 3_000; i++) {
            engine.submit(next(random, i));
        }
        market.onEvents(new ArrayList<>(published));
        assertFollowsTheEngine(market);
        assertThat(market.positions(1)).containsEntry(CATALOGUE.contracts().get(3).instrumentId(), 7L);
    }

    private void assertFollowsTheEngine(DeskMarket market) {
        assertThat(market.asOfSequence()).isEqualTo(engine.lastSequence());
        for (int id : engine.instrumentIds()) {
            assertThat(market.depth(id, DeskMarket.PUBLISHED_LEVELS)).as("depth of %d", id)
                    .hasValue(engine.depth(id, DeskMarket.PUBLISHED_LEVELS));
            assertThat(market.topOfBook(id)).as("top of %d", id).hasValue(engine.bestBidOffer(id));
            assertThat(market.lastTrade(id).map(LastTrade::price).orElse(0L)).as("last trade of %d", id)
                    .isEqualTo(engine.lastTradePrice(id));
        }
        for (int id : engine.instrumentIds()) {
            List<Bar> days = engine.dailyBars(id);
            long today = days.isEmpty() || days.get(days.size() - 1).startMillis() != BarPeriod.CHINA_DAY.start(engine.time())
                    ? 0 : days.get(days.size() - 1).volume();
            assertThat(market.dayVolume(id)).as("the day's volume of %d", id).isEqualTo(today);
        }
        assertThat(market.workingOrders()).isEqualTo(engine.workingOrders());
        for (long account = 1; account <= ACCOUNTS; account++) {
            assertThat(market.workingOrders(account)).isEqualTo(engine.workingOrders(account));
        }
    }

    /** Opens three instruments that trade on the morning: the session's first commands. */
    private List<Command> opening() {
        List<Command> commands = new ArrayList<>();
        for (ContractSpec c : trading()) {
            commands.add(new SessionCommand(time, c.instrumentId(), SessionAction.OPEN_CONTINUOUS));
        }
        return commands;
    }

    private static List<ContractSpec> trading() {
        return CATALOGUE.contracts().stream().filter(c -> c.isTradable(TODAY)).limit(3).toList();
    }

    /**
     * The next command of a busy mix of every order kind; cancels and amendments name an order the engine
     * has working (by its own account), so most of them act.
     */
    private Command next(Random random, int i) {
        time += random.nextInt(3);
        List<ContractSpec> trading = trading();
        ContractSpec c = trading.get(random.nextInt(trading.size()));
        long account = 1 + random.nextInt(ACCOUNTS);
        long price = c.referencePriceTicks() - 6 + random.nextInt(13);
        long lots = c.lotSize() * (1 + random.nextInt(5));
        Side side = random.nextBoolean() ? Side.BID : Side.ASK;
        List<WorkingOrder> working = engine.workingOrders();
        int kind = random.nextInt(20);
        if (kind >= 13 && kind <= 16 && !working.isEmpty()) {
            WorkingOrder order = working.get(random.nextInt(working.size()));
            return switch (kind) {
                case 13, 14 -> new CancelOrder(time, order.account(), order.orderId());
                case 15 -> new AmendPrice(time, order.account(), order.orderId(), price);
                default -> new AmendQuantity(time, order.account(), order.orderId(), c.lotSize());
            };
        }
        return switch (kind) {
            case 7 -> PlaceOrder.limit(time, account, i, c.instrumentId(), side, price, lots * 3, TimeInForce.GTC)
                    .withDisplayQuantity(c.lotSize());
            case 8 -> PlaceOrder.market(time, account, i, c.instrumentId(), side, lots, 10);
            case 9 -> PlaceOrder.stop(time, account, i, c.instrumentId(), side, price, lots, 10);
            case 10 -> PlaceOrder.stopLimit(time, account, i, c.instrumentId(), side, price,
                    side == Side.BID ? price + 2 : price - 2, lots, TimeInForce.GTC);
            case 11, 12 -> Quote.of(time, account, c.instrumentId(), price - 3, lots, price + 3, lots);
            case 17 -> new MassCancel(time, account, c.instrumentId());
            case 18, 19 -> PlaceOrder.limit(time, account, i, c.instrumentId(), side,
                    side == Side.BID ? price + 4 : price - 4, lots, TimeInForce.GTC);
            default -> PlaceOrder.limit(time, account, i, c.instrumentId(), side, price, lots,
                    random.nextInt(4) == 0 ? TimeInForce.IOC : TimeInForce.GTC);
        };
    }
}
