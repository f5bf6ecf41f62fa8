package com.suanli.data.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.ExchangeHost;
import com.suanli.data.host.HostOptions;
import com.suanli.data.host.SeededClearing;
import com.suanli.data.host.SeededLoad;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Catalogue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A recorder stopped behind the journal (a desk killed before its recorder committed) catches the
 * tables up at the next start: the tables then hold exactly what a recorder that saw every event as
 * it happened holds, cash movements and index fixings included.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RecorderCatchUpTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final long START = 1_796_000_000_000L;
    private static final int RECORDED = 3_000;
    private static final int UNRECORDED = 1_500;
    private static final int AFTER = 500;

    /** What each table holds, in a fixed order; the ledger without its own entry numbers. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("orders", "SELECT * FROM orders ORDER BY order_id");
        TABLES.put("order_states", "SELECT * FROM order_states ORDER BY order_id, sequence");
        TABLES.put("trades", "SELECT * FROM trades ORDER BY trade_id");
        TABLES.put("positions", "SELECT * FROM positions ORDER BY account_id, instrument_id");
        TABLES.put("market_sessions", "SELECT * FROM market_sessions ORDER BY sequence");
        TABLES.put("settlement_prices", "SELECT * FROM settlement_prices ORDER BY instrument_id, business_date");
        TABLES.put("cash_ledger", "SELECT account_id, business_date, kind, amount, currency, sequence, reference"
                + " FROM cash_ledger ORDER BY sequence, amount");
        TABLES.put("index_fixings", "SELECT * FROM index_fixings ORDER BY product_code, hub, green, fixing_date");
    }

    @TempDir
    Path dir;

    /**
     * @param snapshotEvery 2,000: the catch-up starts from the older kept snapshot, the newer being past
     *        the recorder; 300: five snapshots were taken while the recorder was stopped, and pruning kept
     *        the one before it; 0: no snapshot, the catch-up replays the whole journal
     */
    @ParameterizedTest
    @ValueSource(ints = {2_000, 300, 0})
    void a_recorder_stopped_behind_the_journal_catches_the_tables_up_to_what_a_recorder_that_saw_everything_holds(
            int snapshotEvery) throws SQLException {
        Function<ClearingEvents, ClearingHouse> clearing = SeededClearing.of(CATALOGUE);
        SeededLoad load = new SeededLoad(11, CATALOGUE, START, true);
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < RECORDED + UNRECORDED + AFTER; i++) {
            commands.add(load.next());
        }
        HostOptions options = HostOptions.defaults().withSnapshotEvery(snapshotEvery);
        StoreAddress desk = StoreAddress.file(dir.resolve("desk"));

        try (DeskStore store = DeskStore.open(desk, FileKey.NONE)) {
            // A recorded session, then one whose recorder never committed (the desk killed), then a restart.
            session(store, clearing, options, commands.subList(0, RECORDED), true);
            session(store, clearing, options, commands.subList(RECORDED, RECORDED + UNRECORDED), false);
            long caughtUp;
            try (ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), clearing, options);
                 EventRecorder recorder = new EventRecorder(store, CATALOGUE)) {
                long stoppedAt = recorder.lastRecordedSequence();
                caughtUp = recorder.catchUp(host);
                assertThat(recorder.lastFailure()).isEmpty();
                assertThat(recorder.lastRecordedSequence()).isGreaterThan(stoppedAt);
                host.subscribe("recorder", 1 << 20, recorder);
                submitAll(host, commands.subList(RECORDED + UNRECORDED, commands.size()));
                host.close();
                assertThat(recorder.failedBatches()).isZero();
                assertThat(recorder.missedEvents()).isZero();
            }
            assertThat(caughtUp).as("events made again from the journal").isPositive();

            try (DeskStore reference = DeskStore.open(StoreAddress.file(dir.resolve("reference")), FileKey.NONE)) {
                recordDirectly(reference, clearing, commands);
                Map<String, List<String>> expected = tables(reference);
                Map<String, List<String>> caught = tables(store);
                for (String table : TABLES.keySet()) {
                    assertThat(caught.get(table)).as(table).containsExactlyElementsOf(expected.get(table));
                }
                assertThat(expected.get("cash_ledger")).as("the load moves cash").hasSizeGreaterThan(100);
                assertThat(expected.get("index_fixings")).as("and publishes indices").isNotEmpty();
            }
            BigDecimal sum = store.transaction(c -> one(c, "SELECT SUM(amount) FROM cash_ledger"));
            assertThat(sum).as("every movement booked on both sides").isZero();
        }
    }

    /**
     * A recorder with a queue far too small for the load is handed gaps by the host (which never waits
     * for it) and fills each from the journal while the desk runs: the tables end as complete as a
     * recorder that saw every event.
     */
    @ParameterizedTest
    @ValueSource(ints = {400, 0})
    void a_recorder_handed_gaps_by_the_host_fills_them_from_the_journal_and_loses_no_row(int snapshotEvery) {
        Function<ClearingEvents, ClearingHouse> clearing = SeededClearing.of(CATALOGUE);
        SeededLoad load = new SeededLoad(12, CATALOGUE, START, true);
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < RECORDED; i++) {
            commands.add(load.next());
        }
        HostOptions options = HostOptions.defaults().withSnapshotEvery(snapshotEvery);
        try (DeskStore store = DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE)) {
            try (ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), clearing, options);
                 EventRecorder recorder = new EventRecorder(store, CATALOGUE)) {
                recorder.catchUp(host);
                host.subscribe("recorder", 8, recorder);
                submitAll(host, commands);
                long published = host.ask(Engine::lastSequence).join();
                host.close();
                assertThat(recorder.missedEvents()).as("the queue overflowed").isPositive();
                assertThat(recorder.filledGaps()).as("and each gap was filled").isPositive();
                assertThat(recorder.lastFailure()).isEmpty();
                assertThat(recorder.lastRecordedSequence()).isEqualTo(published);
            }
            try (DeskStore reference = DeskStore.open(StoreAddress.file(dir.resolve("reference")), FileKey.NONE)) {
                recordDirectly(reference, clearing, commands);
                Map<String, List<String>> expected = tables(reference);
                Map<String, List<String>> filled = tables(store);
                for (String table : TABLES.keySet()) {
                    assertThat(filled.get(table)).as(table).containsExactlyElementsOf(expected.get(table));
                }
            }
        }
    }

    private static void session(DeskStore store, Function<ClearingEvents, ClearingHouse> clearing, HostOptions options,
                                List<Command> commands, boolean recorded) {
        try (ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), clearing, options);
             EventRecorder recorder = new EventRecorder(store, CATALOGUE)) {
            if (recorded) {
                recorder.catchUp(host);
                host.subscribe("recorder", 1 << 20, recorder);
            }
            submitAll(host, commands);
            host.close();
            assertThat(recorder.failedBatches()).isZero();
        }
    }

    private static void submitAll(ExchangeHost host, List<Command> commands) {
        CompletableFuture<?> last = CompletableFuture.completedFuture(null);
        for (Command c : commands) {
            last = host.submit(c);
        }
        last.join();
    }

    /** The same commands on an engine of their own, every event after the setup's recorded in one transaction. */
    private static void recordDirectly(DeskStore store, Function<ClearingEvents, ClearingHouse> clearing,
                                       List<Command> commands) {
        List<ExchangeEvent> events = new ArrayList<>();
        boolean[] trading = {false};
        Engine engine = new Engine(CATALOGUE, EngineConfig.defaults(), e -> {
            if (trading[0]) {
                events.add(e);
            }
        }, PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST, clearing);
        trading[0] = true;
        commands.forEach(engine::submit);
        store.transaction(c -> {
            TradingRecorder trades = new TradingRecorder(c);
            ClearingRecorder cash = new ClearingRecorder(c, CATALOGUE);
            for (ExchangeEvent e : events) {
                trades.record(e);
                cash.record(e);
            }
            return null;
        });
    }

    private static Map<String, List<String>> tables(DeskStore store) {
        return store.transaction(c -> {
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                rows.put(table.getKey(), rows(c, table.getValue()));
            }
            return rows;
        });
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(r.getMetaData().getColumnLabel(i)).append('=').append(r.getString(i)).append(' ');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static BigDecimal one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getBigDecimal(1);
        }
    }
}
