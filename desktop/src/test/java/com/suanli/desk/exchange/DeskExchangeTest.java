package com.suanli.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.SeededLoad;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.Sql;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's exchange on a real database file: what is traded through the facade is journalled,
 * recorded into the trading tables and there again, with the same state hash, when the desk reopens.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeskExchangeTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault().ofProduct("H100")
            .where(c -> c.hub().code().equals("YRD"));
    private static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final int COMMANDS = 8_000;
    /** The load's accounts: members of the desk's clearing house, opened and funded before it. */
    private static final long FIRST_ACCOUNT = ClearingSetup.FIRST_MEMBER_ACCOUNT;
    private static final long LAST_ACCOUNT = FIRST_ACCOUNT + SeededLoad.ACCOUNTS - 1;
    private static final long LOAD_FIRM = 2;
    /** Ten billion CNY each: the load's orders never wait on margin. */
    private static final long FUNDS = 1_000_000_000_000L;
    /** The firm, then each account opened and funded. */
    private static final long OPENING = 1 + 2L * SeededLoad.ACCOUNTS;

    @TempDir
    Path dir;

    @Test
    void what_was_traded_through_the_desk_is_in_the_tables_and_recovered_with_the_same_hash_after_a_reopen()
            throws Exception {
        List<ExchangeEvent> heard = new CopyOnWriteArrayList<>();
        AtomicLong gaps = new AtomicLong();
        long hash;
        long lastEvent;
        List<WorkingOrder> working;
        SortedMap<Long, SortedMap<Integer, Long>> positions;
        try (DeskStore store = TestDesks.database(dir);
             ExchangeStartup startup = TestDesks.startup(() -> CATALOGUE, store, MARKET_OPEN)) {
            DeskExchange desk = startup.start().exchange();
            desk.subscribe("test", new DeskListener() {
                @Override
                public void onEvents(List<ExchangeEvent> batch) {
                    heard.addAll(batch);
                }

                @Override
                public void onGap(long missed) {
                    gaps.addAndGet(missed);
                }
            });
            List<Command> opening = new ArrayList<>(List.of(new RegisterFirm(MARKET_OPEN.millis() + 500, LOAD_FIRM, "Load")));
            for (long account = FIRST_ACCOUNT; account <= LAST_ACCOUNT; account++) {
                opening.add(new OpenAccount(MARKET_OPEN.millis() + 500, account, LOAD_FIRM, AccountKind.TRADER));
                opening.add(new Deposit(MARKET_OPEN.millis() + 500, account, FUNDS, account));
            }
            for (Command command : opening) {
                assertThat(desk.submit(command).join().accepted()).as("%s", command).isTrue();
            }
            long opened = desk.ask(Engine::lastSequence).join();
            List<CompletableFuture<Acknowledged>> acks = new ArrayList<>();
            SeededLoad load = new SeededLoad(13, CATALOGUE, MARKET_OPEN.millis() + 1_000, false, FIRST_ACCOUNT);
            for (int i = 0; i < COMMANDS; i++) {
                acks.add(desk.submit(load.next()));
            }
            Acknowledged refused = desk.submit(PlaceOrder.limit(MARKET_OPEN.millis() + 3_600_000, FIRST_ACCOUNT, 1, 999_999,
                    Side.BID, 100, 1, TimeInForce.GTC)).join();
            assertThat(refused.accepted()).isFalse();
            assertThat(refused.reason()).hasValueSatisfying(r -> assertThat(r).startsWith("UNKNOWN_INSTRUMENT: "));
            for (int i = 0; i < acks.size(); i++) {
                assertThat(acks.get(i).join().sequence()).isEqualTo(startup(CATALOGUE) + OPENING + i + 1L);
            }
            hash = desk.ask(Engine::stateHash).join();
            lastEvent = desk.ask(Engine::lastSequence).join();
            working = desk.ask(Engine::workingOrders).join();
            awaitMarketAt(desk.market(), lastEvent);
            assertThat(desk.market().workingOrders()).isEqualTo(working);
            positions = positionsFrom(heard, opened);
            for (long account = FIRST_ACCOUNT; account <= LAST_ACCOUNT; account++) {
                assertThat(desk.market().positions(account)).as("model positions of %d", account)
                        .isEqualTo(positions.getOrDefault(account, new TreeMap<>()));
            }
        }
        assertThat(gaps.get()).isZero();
        assertThat(heard).extracting(ExchangeEvent::sequence).doesNotHaveDuplicates().isSorted();
        List<TradeExecuted> trades = heard.stream().filter(TradeExecuted.class::isInstance)
                .map(TradeExecuted.class::cast).toList();
        assertThat(trades).as("the load trades").hasSizeGreaterThan(500);

        try (DeskStore store = TestDesks.database(dir)) {
            List<Long> recordedTrades = store.transaction(c -> Sql.list(c, "SELECT trade_id FROM trades ORDER BY trade_id",
                    row -> row.getLong(1)));
            assertThat(recordedTrades).as("recorded trades").isEqualTo(trades.stream().map(TradeExecuted::tradeId).toList());
            List<Long> workingView = store.transaction(c -> Sql.list(c, "SELECT order_id FROM working_orders"
                    + " ORDER BY order_id", row -> row.getLong(1)));
            assertThat(workingView).as("the working_orders view").isEqualTo(working.stream().map(WorkingOrder::orderId).toList());
            List<String> openOrders = store.transaction(c -> Sql.list(c, "SELECT order_id, open_quantity FROM orders"
                    + " WHERE status IN ('ACCEPTED', 'WORKING') ORDER BY order_id", row -> row.getLong(1) + ":" + row.getLong(2)));
            assertThat(openOrders).isEqualTo(working.stream().map(o -> o.orderId() + ":" + o.openQuantity()).toList());
            List<long[]> rows = store.transaction(c -> Sql.list(c, "SELECT account_id, instrument_id, net_lots FROM positions"
                    + " WHERE net_lots <> 0", row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)}));
            SortedMap<Long, SortedMap<Integer, Long>> recorded = new TreeMap<>();
            rows.forEach(row -> recorded.computeIfAbsent(row[0], a -> new TreeMap<>()).put((int) row[1], row[2]));
            assertThat(recorded).as("recorded positions").isEqualTo(positions);

            try (ExchangeStartup startup = TestDesks.startup(() -> CATALOGUE, store, MARKET_OPEN)) {
                RunningExchange reopened = startup.start();
                DeskExchange desk = reopened.exchange();
                assertThat(desk.recovered().orElseThrow().lastSequence()).isEqualTo(startup(CATALOGUE) + OPENING + COMMANDS + 1L);
                assertThat(desk.ask(Engine::stateHash).join()).as("state hash after the reopen").isEqualTo(hash);
                assertThat(desk.ask(Engine::lastSequence).join()).as("nothing opened twice").isEqualTo(lastEvent);
                assertThat(desk.market().workingOrders()).isEqualTo(working);
                for (long account = FIRST_ACCOUNT; account <= LAST_ACCOUNT; account++) {
                    assertThat(desk.market().positions(account)).as("positions of %d after the reopen", account)
                            .isEqualTo(positions.getOrDefault(account, new TreeMap<>()));
                }
                Command next = new SeededLoad(14, CATALOGUE, MARKET_OPEN.millis() + 7_200_000, false, FIRST_ACCOUNT).next();
                assertThat(desk.submit(next).join().sequence()).isEqualTo(startup(CATALOGUE) + OPENING + COMMANDS + 2L);
            }
        }
    }

    /**
     * How many commands the start sends on a fresh database: one session command per instrument trading
     * today, then the desk's firm, its account and the account's starting cash.
     */
    private static long startup(Catalogue catalogue) {
        return catalogue.contracts().stream().filter(c -> c.isTradable(java.time.LocalDate.now(MARKET_OPEN))).count()
                + 3;
    }

    private static SortedMap<Long, SortedMap<Integer, Long>> positionsFrom(List<ExchangeEvent> events, long after) {
        SortedMap<Long, SortedMap<Integer, Long>> net = new TreeMap<>();
        for (ExchangeEvent event : events) {
            if (event.sequence() > after && event instanceof TradeExecuted t) {
                net.computeIfAbsent(t.buyAccount(), a -> new TreeMap<>()).merge(t.instrumentId(), t.quantity(), Long::sum);
                net.computeIfAbsent(t.sellAccount(), a -> new TreeMap<>()).merge(t.instrumentId(), -t.quantity(), Long::sum);
            }
        }
        net.values().forEach(byInstrument -> byInstrument.values().removeIf(lots -> lots == 0));
        net.values().removeIf(Map::isEmpty);
        return net;
    }

    private static void awaitMarketAt(DeskMarket market, long sequence) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (market.asOfSequence() < sequence && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(market.asOfSequence()).as("the model caught up").isEqualTo(sequence);
    }
}
