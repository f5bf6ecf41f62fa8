package com.suanli.desk.ui.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.WorkstationApp;
import com.suanli.desk.ui.WorkstationContext;
import com.suanli.exchange.marketdata.DepthSnapshot;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.record.ConfigText;
import com.suanli.sessions.record.ReplayCursor;
import com.suanli.sessions.record.SessionLibrary;
import com.suanli.sessions.record.SessionRecorder;
import com.suanli.sessions.run.HeadlessSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workstation's Sessions workspace on a desk database holding one recorded session: Ctrl+3 shows the
 * library, the newest recording opens, the slider scrubs to a moment whose book is the recording's own
 * there, and the report's charts show.
 */
@ExtendWith(ApplicationExtension.class)
class SessionsWorkspaceTest {

    private static final Instant MARKET_OPEN = Instant.parse("2027-03-01T01:30:00Z");
    private static final long SEED = 2;
    private static final long WAIT_SECONDS = 60;

    /** A database with the session recorded, made once: each test starts the desk on a copy of it. */
    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private static long recorded;
    private DeskStore store;
    private ExchangeStartup exchange;

    @BeforeAll
    static void recordOnce() throws IOException {
        // The documented RMSC03-sized day, small: 30 noise traders, ten-minute steps.
        String example = Files.readString(Path.of("../docs/examples/session-rmsc03.json"), StandardCharsets.UTF_8)
                .replace("\"count\": 5000", "\"count\": 30").replace("\"stepSeconds\": 10", "\"stepSeconds\": 600");
        ConfigText config = ConfigText.of(example, "tiny.json");
        try (DeskStore recording = TestDesks.database(template)) {
            recorded = new SessionRecorder(recording, Clock.systemUTC())
                    .record(config, SEED, new HeadlessSession(config.config(), SEED, MonitoringFeed.NONE)).sessionId();
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        Clock exchangeClock = Clock.fixed(MARKET_OPEN, ZoneId.of("Asia/Shanghai"));
        Files.copy(template.resolve("desk" + StoreAddress.FILE_SUFFIX), dir.resolve("desk" + StoreAddress.FILE_SUFFIX));
        store = TestDesks.database(dir);
        exchange = TestDesks.startup(CatalogueJson::readDefault, store, exchangeClock);
        new WorkstationApp(new WorkstationContext("9.8.7", "test", exchangeClock, exchange,
                new CurrentThreadTaskExecutor(), () -> Optional.of(store))).start(stage);
    }

    @AfterEach
    void closeTheDesk() {
        exchange.close();
        store.close();
    }

    @Test
    void a_recorded_session_opens_scrubs_to_its_own_book_and_shows_its_report(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TableView<?> library = robot.lookup("#session-library").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !library.getItems().isEmpty());
        assertThat(library.getItems()).hasSize(1);
        Label title = robot.lookup("#replay-title").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> title.getText().startsWith("Session " + recorded));
        assertThat(title.getText()).isEqualTo("Session " + recorded + ": rmsc03-sized-day, seed " + SEED);

        Slider slider = robot.lookup("#replay-slider").queryAs(Slider.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !slider.isDisabled());
        long middle = (long) ((slider.getMin() + slider.getMax()) / 2);
        robot.interact(() -> slider.setValue(middle));
        TableView<?> ladder = robot.lookup("#replay-ladder").queryAs(TableView.class);
        TableView<?> market = robot.lookup("#replay-market").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !robot.lookup("#replay-progress").query().isVisible()
                && !ladder.getItems().isEmpty());
        ReplayRow chosen = (ReplayRow) market.getSelectionModel().getSelectedItem();

        ReplayCursor independent = new SessionLibrary(store).open(recorded).cursor();
        independent.seek(middle, progress -> { });
        DepthSnapshot depth = independent.engine().depth(chosen.instrumentId(), MarketPictures.LEVELS);
        List<?> levels = List.copyOf(ladder.getItems());
        assertThat(levels).hasSize(depth.bids().size() + depth.asks().size());
        LadderLevel bestBid = (LadderLevel) levels.get(depth.asks().size());
        assertThat(bestBid.bidLots()).isEqualTo(depth.bids().get(0).quantity());
        assertThat(robot.lookup("#replay-time").queryAs(Label.class).getText()).endsWith(" Shanghai");
        WaitForAsyncUtils.waitForFxEvents();
        wordsAreWhole(library);
        wordsAreWhole(market);

        robot.clickOn("#replay-tab-report");
        XYChart<?, ?> volume = robot.lookup("#replay-chart-volume").queryAs(XYChart.class);
        assertThat(volume.getData()).isNotEmpty();
        assertThat(robot.lookup("#replay-chart-pnl").queryAs(XYChart.class).getData()).hasSize(4);
        assertThat(robot.lookup("#replay-chart-index").queryAs(XYChart.class).getData()).isNotEmpty();
        assertThat(robot.lookup("#replay-chart-settlements").queryAs(XYChart.class).getData()).isNotEmpty();
        assertThat(robot.lookup("#replay-chart-insurance").queryAs(XYChart.class).isVisible()).isTrue();
        long trades = new SessionLibrary(store).find(recorded).orElseThrow().trades();
        assertThat(robot.lookup("#replay-report-figures").queryAs(Label.class).getText())
                .startsWith(String.format("Trades %,d, commands ", trades));
    }

    /** The table's cells on screen draw their words whole: a status (RECORDING) or a session (CONTINUOUS) never cut. */
    private static void wordsAreWhole(TableView<?> table) {
        assertThat(table.lookupAll(".table-cell")).filteredOn(node -> node instanceof TableCell<?, ?> cell
                && cell.isVisible() && cell.getText() != null && !cell.getText().isEmpty()
                && cell.getTableColumn() != null && cell.getTableColumn().isVisible()
                && cell.localToScene(cell.getLayoutBounds()).getMaxX() <= table.localToScene(table.getLayoutBounds()).getMaxX())
                .isNotEmpty()
                .allSatisfy(node -> assertThat(((Text) node.lookup(".text")).getText())
                        .as("a cell's words as drawn").isEqualTo(((TableCell<?, ?>) node).getText()));
    }
}
