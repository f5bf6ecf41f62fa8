package com.suanli.sessions.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.session.RecordedSession;
import com.suanli.data.session.RecordingStatus;
import com.suanli.data.session.SessionRecordings;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.DepthSnapshot;
import com.suanli.sessions.agent.AgentContext;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.report.SessionReportJson;
import com.suanli.sessions.run.HeadlessSession;
import com.suanli.sessions.run.SessionObserver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two days of the RMSC03-sized example (300 noise traders, one-minute steps) recorded in a real desk
 * database, then replayed from the commands and snapshots stored: the whole replay gives the recorded
 * event stream; the market at a chosen minute is the one the original run had then, however the cursor
 * got there; the export reads back as it was written.
 */
class SessionRecordingTest {

    private static final long SEED = 5;
    /** The 100th one-minute step of the first day: mid-morning, books full. */
    private static final int CHOSEN_STEP = 100;
    private static final int LEVELS = 10;

    @TempDir
    static Path dir;

    private static DeskStore store;
    private static ConfigText config;
    private static HeadlessSession original;
    private static SessionRecorder.Recorded recorded;
    private static ContractSpec future;
    private static final List<TradeExecuted> trades = new ArrayList<>();
    private static Moment chosen;
    private static Moment firstAfternoon;

    /** The market as the original run had it at the end of a step. */
    private record Moment(long time, long stateHash, DepthSnapshot depth) {
    }

    @BeforeAll
    static void recordTwoDays() throws IOException {
        String example = Files.readString(Path.of("../docs/examples/session-rmsc03.json"), StandardCharsets.UTF_8)
                .replace("\"count\": 5000", "\"count\": 300").replace("\"stepSeconds\": 10", "\"stepSeconds\": 60")
                .replace("\"days\": 1", "\"days\": 2");
        config = ConfigText.of(example, "two-days.json");
        store = DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE);
        original = new HeadlessSession(config.config(), SEED, MonitoringFeed.NONE);
        future = original.session().listing().contracts().stream()
                .filter(spec -> spec.kind() == ContractKind.FUTURE).findFirst().orElseThrow();
        original.session().observe(new SessionObserver() {
            private int steps;

            @Override
            public void onEvent(ExchangeEvent event) {
                if (event instanceof TradeExecuted t) {
                    trades.add(t);
                }
            }

            @Override
            public void onStep(AgentContext context) {
                steps++;
                if (steps == CHOSEN_STEP) {
                    chosen = moment(context.time());
                } else if (steps == 4 * CHOSEN_STEP) {
                    firstAfternoon = moment(context.time());
                }
            }
        });
        recorded = new SessionRecorder(store, Clock.systemUTC()).record(config, SEED, original);
    }

    private static Moment moment(long time) {
        return new Moment(time, original.engine().stateHash(), original.engine().depth(future.instrumentId(), LEVELS));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void the_recording_is_complete_with_its_configuration_commands_snapshots_and_report() {
        RecordedSession session = new SessionLibrary(store).find(recorded.sessionId()).orElseThrow();
        assertThat(session.status()).isEqualTo(RecordingStatus.COMPLETE);
        assertThat(session.name()).isEqualTo(config.config().name());
        assertThat(session.seed()).isEqualTo(SEED);
        assertThat(session.commands()).isEqualTo(recorded.summary().commands());
        assertThat(session.events()).isEqualTo(recorded.summary().events());
        assertThat(session.trades()).isEqualTo(recorded.summary().trades()).isPositive();
        assertThat(session.eventStreamHash()).contains(recorded.summary().hashText());
        store.transaction(c -> {
            SessionRecordings recordings = new SessionRecordings(c);
            assertThat(recordings.config(session.id())).isEqualTo(config.text());
            assertThat(recordings.report(session.id())).contains(SessionReportJson.text(recorded.report()));
            assertThat(recordings.snapshots(session.id())).hasSize((int) (session.commands() / SessionRecorder.SNAPSHOT_EVERY))
                    .hasSizeGreaterThanOrEqualTo(2);
            return null;
        });
    }

    @Test
    void the_commands_replayed_give_the_recorded_event_stream() {
        OpenedSession opened = new SessionLibrary(store).open(recorded.sessionId());
        EventStreamHash hash = new EventStreamHash();
        opened.cursor().replayAll(hash);
        assertThat(hash.value()).isEqualTo(recorded.summary().eventStreamHash());
        assertThat(hash.events()).isEqualTo(recorded.summary().events());
        assertThat(opened.summary()).isEqualTo(recorded.summary().lines());
        assertThat(SessionReportJson.text(opened.report())).isEqualTo(SessionReportJson.text(recorded.report()));
    }

    @Test
    void a_seek_gives_the_book_the_original_run_had_at_that_time() {
        ReplayCursor cursor = new SessionLibrary(store).open(recorded.sessionId()).cursor();
        cursor.seek(chosen.time(), progress -> { });
        assertThat(cursor.time()).isEqualTo(chosen.time());
        assertThat(cursor.engine().depth(future.instrumentId(), LEVELS)).isEqualTo(chosen.depth());
        assertThat(chosen.depth().bids()).isNotEmpty();
        assertThat(chosen.depth().asks()).isNotEmpty();
        assertThat(cursor.engine().stateHash()).isEqualTo(chosen.stateHash());
    }

    @Test
    void scrubbing_back_and_forth_lands_on_identical_states() {
        ReplayCursor cursor = new SessionLibrary(store).open(recorded.sessionId()).cursor();
        List<Double> progress = new ArrayList<>();
        cursor.seek(cursor.lastTime(), progress::add);
        assertThat(cursor.applied()).isEqualTo(cursor.size());
        assertThat(cursor.engine().stateHash()).isEqualTo(original.engine().stateHash());
        assertThat(progress).isSorted().last().isEqualTo(1.0);

        cursor.seek(firstAfternoon.time(), p -> { });   // back, from a snapshot
        assertThat(cursor.engine().stateHash()).isEqualTo(firstAfternoon.stateHash());
        cursor.seek(chosen.time(), p -> { });           // further back, from the start or an earlier snapshot
        assertThat(cursor.engine().stateHash()).isEqualTo(chosen.stateHash());
        cursor.seek(firstAfternoon.time(), p -> { });   // forward again, command by command
        assertThat(cursor.engine().stateHash()).isEqualTo(firstAfternoon.stateHash());
        assertThat(cursor.engine().depth(future.instrumentId(), LEVELS)).isEqualTo(firstAfternoon.depth());
        cursor.seek(cursor.firstTime() - 1, p -> { });  // before the first command: the empty exchange
        assertThat(cursor.applied()).isZero();
        cursor.seek(Long.MAX_VALUE, p -> { });
        assertThat(cursor.engine().stateHash()).isEqualTo(original.engine().stateHash());
    }

    @Test
    void an_export_reads_back_as_it_was_written() {
        OpenedSession opened = new SessionLibrary(store).open(recorded.sessionId());
        Path out = dir.resolve("export");
        assertThat(SessionExport.write(opened, out)).containsExactly(out.resolve("session.json"), out.resolve("trades.csv"));
        SessionExport.Exported back = SessionExport.read(out);
        assertThat(back.session()).isEqualTo(opened.session());
        assertThat(back.config().config()).isEqualTo(config.config());
        assertThat(back.summary()).isEqualTo(recorded.summary().lines());
        assertThat(SessionReportJson.text(back.report())).isEqualTo(SessionReportJson.text(recorded.report()));
        assertThat(back.trades()).hasSize(trades.size());
        for (int i = 0; i < trades.size(); i++) {
            TradeExecuted original = trades.get(i);
            SessionTrade exported = back.trades().get(i);
            ContractSpec spec = opened.cursor().listing().spec(original.instrumentId());
            assertThat(exported.tradeId()).isEqualTo(original.tradeId());
            assertThat(exported.symbol()).isEqualTo(spec.symbol());
            assertThat(exported.price()).isEqualByComparingTo(spec.toPrice(original.price()));
            assertThat(exported.quantity()).isEqualTo(original.quantity());
            assertThat(exported.buyAccount()).isEqualTo(original.buyAccount());
            assertThat(exported.sellAccount()).isEqualTo(original.sellAccount());
            assertThat(exported.aggressor()).isEqualTo(original.aggressor());
        }
        assertThat(back.trades()).isEqualTo(SessionExport.trades(opened));
    }

    @Test
    void a_recording_not_complete_does_not_open() {
        long underWay = store.transaction(c -> new SessionRecordings(c).begin("cut-short", 1, config.text(),
                java.time.OffsetDateTime.now()));
        assertThatThrownBy(() -> new SessionLibrary(store).open(underWay))
                .hasMessage("session: recording " + underWay + " is RECORDING, only a complete one replays");
        assertThatThrownBy(() -> new SessionLibrary(store).open(999))
                .hasMessage("session: no recorded session 999");
    }
}
