package com.suanli.desk.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.listing.CatalogueRepository;
import com.suanli.data.session.RecordedSession;
import com.suanli.data.session.RecordingStatus;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.record.ConfigText;
import com.suanli.sessions.record.OpenedSession;
import com.suanli.sessions.record.SessionExport;
import com.suanli.sessions.record.SessionLibrary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live session behind the workstation is recorded in the desk's database as it runs: once stopped it is in
 * the library, complete, and its replay (the desk engine's snapshot at the start, then every command the desk
 * took, the agents' and the desk trader's) makes the very event stream the desk published.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LiveRecordingTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    /** A step every 50 ms. */
    private static final double FAST = 6_000;

    @TempDir
    Path dir;

    @Test
    void a_live_session_run_briefly_is_listed_and_replays_to_the_same_hash_with_the_traders_orders_in_it()
            throws Exception {
        try (DeskStore store = TestDesks.database(dir);
             ExchangeStartup startup = TestDesks.startup(() -> CATALOGUE, store, MONDAY)) {
            // As the desk keeps it (DatabaseCatalogue): a live recording replays over the catalogue the desk trades.
            store.transaction(c -> {
                new CatalogueRepository(c).save(CatalogueJson.readDefaultStrip(), "default catalogue");
                return null;
            });
            DeskExchange desk = startup.start().exchange();
            // The desk traded before the session: the recording starts from that market, not from an empty one.
            TestDesks.openMember(desk, MONDAY.millis(), 2002, 1_000_000_00L);
            DeskSimulation simulation = DeskSimulation.recorded(desk, store, ConfigText.bundled("calm-month"), 1, MONDAY,
                    MonitoringListener.NONE, status -> { });
            simulation.setSpeed(FAST);
            ContractSpec spot = CATALOGUE.bySymbol("H100-YRD-SPOT");
            AtomicLong orders = new AtomicLong();
            await("twenty steps", () -> simulation.steps() >= 20);
            // The desk's trader sends orders of its own during the session: the recording has them too.
            for (int i = 1; i <= 3; i++) {
                desk.submit(PlaceOrder.limit(MONDAY.millis(), LocalTrader.ACCOUNT, i, spot.instrumentId(), Side.BID,
                        spot.referencePriceTicks() - 60 * i, 1, TimeInForce.GTC)).join();
                orders.incrementAndGet();
            }
            await("twenty more steps", () -> simulation.steps() >= 40);
            simulation.stop();
            long id = simulation.recordingId().orElseThrow();

            SessionLibrary library = new SessionLibrary(store);
            List<RecordedSession> listed = library.sessions();
            assertThat(listed).extracting(RecordedSession::id).containsExactly(id);
            RecordedSession recorded = listed.get(0);
            assertThat(recorded.status()).isEqualTo(RecordingStatus.COMPLETE);
            assertThat(recorded.name()).isEqualTo("calm-month");
            assertThat(recorded.commands()).isGreaterThan(orders.get());
            assertThat(recorded.trades()).as("the agents traded").isPositive();
            assertThat(recorded.eventStreamHash()).isPresent();

            OpenedSession opened = library.open(id);
            EventStreamHash replayed = new EventStreamHash();
            List<TradeExecuted> trades = new java.util.ArrayList<>();
            opened.cursor().replayAll(event -> {
                replayed.onEvent(event);
                if (event instanceof TradeExecuted t) {
                    trades.add(t);
                }
            });
            assertThat(String.format("%016x", replayed.value())).as("the replay's hash is the desk's")
                    .isEqualTo(recorded.eventStreamHash().get());
            assertThat(replayed.events()).isEqualTo(recorded.events());
            assertThat(trades).hasSize((int) recorded.trades());
            assertThat(opened.summary()).last().asString().isEqualTo("event stream hash " + recorded.eventStreamHash().get());

            opened.cursor().seek(opened.cursor().lastTime(), progress -> { });
            assertThat(opened.cursor().engine().workingOrders(LocalTrader.ACCOUNT)).as("the trader's bids, replayed")
                    .hasSize(3);

            Path out = dir.resolve("export");
            SessionExport.write(library.open(id), out);
            assertThat(SessionExport.read(out).session()).isEqualTo(recorded);
        }
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
