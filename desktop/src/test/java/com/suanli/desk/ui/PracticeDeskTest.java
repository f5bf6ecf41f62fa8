package com.suanli.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.HostOptions;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.Sql;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.simulation.DeskSimulation;
import com.suanli.desk.ui.marketwatch.InstrumentRow;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.listing.Catalogue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on a day the exchange is shut, on a clock the test sets (so it runs the same on any day): it opens on a
 * practice desk, labelled as such in the title, a banner and the status bar, where the simulated market trades
 * Monday's session and the trader's order fills against an agent; the real desk's journal is as Friday left it; the
 * trader can leave practice for the real, shut desk. On a trading day the real desk opens, with no banner.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeDeskTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Friday 26 February 2027, 14:00 Shanghai: the real desk's last trading day before the weekend. */
    private static final Clock FRIDAY = Clock.fixed(Instant.parse("2027-02-26T06:00:00Z"), SHANGHAI);
    /**
     * Saturday 27 February 2027, 07:58 Shanghai: the exchange is shut until Monday 1 March. Before the simulated
     * sessions' 09:00 opening, which the desk's market does not wait for: its agents quote at once.
     */
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2027-02-26T23:58:00Z"), SHANGHAI);
    /** The calm month at ×60: bids, offers and trades in well under this, on a loaded machine. */
    private static final long LIVE_WITHIN_SECONDS = 60;
    private static final String CLOSED_BANNER = "Practice — exchange closed until Mon 2027-03-01; nothing here is stored";

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    @TempDir
    Path dir;

    private Stage stage;
    private WorkstationApp app;

    /** Where the real journal stands: its last command's sequence and the engine's time after it. */
    private record JournalMark(long lastSequence, long time) {
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DESK.openDatabase(dir);
    }

    @AfterEach
    void closeTheDesk(FxRobot robot) {
        if (app != null) {
            robot.interact(app::stop);
        }
    }

    /** The real desk traded on Friday: its account was opened then, so its journal's clock reads Friday. */
    private static JournalMark realDeskTradedOnFriday() {
        try (ExchangeStartup friday = TestDesks.startup(() -> CATALOGUE, DESK.store(), FRIDAY)) {
            friday.start();
        }
        return journalMark(DESK.store());
    }

    /** Recovers the real exchange from its journal alone (nothing submitted) and reads where it stands. */
    private static JournalMark journalMark(DeskStore store) {
        try (DeskExchange real = DeskExchange.open(store, CATALOGUE, HostOptions.defaults())) {
            long time = real.ask(Engine::time).join();
            return new JournalMark(real.recovered().orElseThrow().lastSequence(), time);
        }
    }

    private void openOn(FxRobot robot, Clock wall) {
        robot.interact(() -> app = DESK.openOnDay(stage, () -> CATALOGUE, wall));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean bannerShown(FxRobot robot) {
        return robot.lookup("#practice-banner").queryAs(Label.class).getParent().isVisible();
    }


    private static void await(String what, BooleanSupplier condition) {
        DeskWindow.awaitMarket(what, LIVE_WITHIN_SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    private static String cell(TableView<InstrumentRow> table, String title, InstrumentRow row) {
        TableColumn<InstrumentRow, String> column = (TableColumn<InstrumentRow, String>) table.getColumns().stream()
                .filter(each -> each.getText().equals(title)).findFirst().orElseThrow();
        return column.getCellObservableValue(row).getValue();
    }

    private static Optional<InstrumentRow> offered(TableView<InstrumentRow> table) {
        return table.getItems().stream().filter(row -> !cell(table, "Ask", row).isEmpty()).findFirst();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_closed_day_opens_a_labelled_practice_desk_where_the_trader_fills_and_the_real_journal_stays_on_friday(
            FxRobot robot) {
        JournalMark friday = realDeskTradedOnFriday();
        openOn(robot, SATURDAY);

        assertThat(stage.getTitle()).isEqualTo("Suanli Desk — compute futures 9.8.7 — Practice, exchange closed until"
                + " Mon 2027-03-01; nothing here is stored");
        assertThat(text(robot, "#practice-banner")).isEqualTo(CLOSED_BANNER);
        assertThat(bannerShown(robot)).isTrue();
        assertThat(text(robot, "#status-database")).isEqualTo("DB practice, in memory (nothing stored)");
        assertThat(text(robot, "#status-clock")).isEqualTo("2027-03-01 07:58:00 +08:00");
        await("the practice engine runs Monday's session",
                () -> text(robot, "#status-engine").matches("Practice engine · 962 instruments · [1-9]\\d* trading on Mon 2027-03-01"));

        TableView<InstrumentRow> table = robot.lookup("#market-watch-table").queryAs(TableView.class);
        await("an agent's offer in the market watch", () -> offered(table).isPresent());
        assertThat(text(robot, "#status-simulation")).isEqualTo("Simulation calm-month running ×60");
        InstrumentRow row = offered(table).orElseThrow();
        robot.interact(() -> {
            table.scrollTo(row);
            table.getSelectionModel().select(row);
        });
        String limit = row.contract().toPrice(row.contract().toTicks(new BigDecimal(cell(table, "Ask", row))) + 5)
                .toPlainString();
        robot.interact(() -> {
            robot.lookup("#ticket-price").queryAs(TextField.class).setText(limit);
            robot.lookup("#ticket-quantity").queryAs(TextField.class).setText("1");
        });
        robot.clickOn("#ticket-buy");
        robot.clickOn("#blotter-fills");
        await("the trader's practice fill in the blotter",
                () -> !robot.lookup("#blotter-fills-table").queryAs(TableView.class).getItems().isEmpty());

        robot.interact(app::stop);
        app = null;
        DeskStore practice = DESK.practice().orElseThrow().store().orElseThrow();
        List<Long> sellers = practice.transaction(c -> Sql.list(c, "SELECT sell_account FROM trades WHERE buy_account = "
                + LocalTrader.ACCOUNT, rows -> rows.getLong(1)));
        assertThat(sellers).as("the practice account bought from an agent").isNotEmpty()
                .allSatisfy(seller -> assertThat(seller).isGreaterThanOrEqualTo(DeskSimulation.FIRST_AGENT_ACCOUNT));
        DESK.practice().orElseThrow().close();

        assertThat(journalMark(DESK.store())).as("the real journal, as Friday left it").isEqualTo(friday);
        List<Long> realTrades = DESK.store().transaction(c -> Sql.list(c, "SELECT COUNT(*) FROM trades",
                rows -> rows.getLong(1)));
        assertThat(realTrades).as("trades in the real database").containsExactly(0L);
    }

    @Test
    void leaving_practice_opens_the_real_desk_in_the_same_window_shut_as_the_exchange_is(FxRobot robot) {
        JournalMark friday = realDeskTradedOnFriday();
        openOn(robot, SATURDAY);
        await("the practice engine runs", () -> text(robot, "#status-engine").startsWith("Practice engine ·"));

        robot.clickOn("#practice-leave");

        DeskWindow.awaitOnFx("the real engine runs, nothing trading on a Saturday", () ->
                robot.lookup("#status-engine").queryAs(Label.class).getText()
                        .equals("Engine running · 962 instruments · none trading today"));
        assertThat(stage.getTitle()).isEqualTo("Suanli Desk — compute futures 9.8.7");
        assertThat(bannerShown(robot)).isFalse();
        assertThat(text(robot, "#status-database")).isEqualTo("DB " + DeskWindow.DATABASE);
        assertThat(text(robot, "#status-clock")).isEqualTo("2027-02-27 07:58:00 +08:00");
        assertThat(DESK.practice().orElseThrow().store()).as("the practice database, dropped").isEmpty();
        robot.interact(app::stop);
        app = null;
        DESK.exchange().close();
        assertThat(journalMark(DESK.store())).as("the real desk's start on a Saturday sends nothing").isEqualTo(friday);
    }

    @Test
    void a_trading_day_opens_the_real_desk_without_a_practice_banner(FxRobot robot) {
        openOn(robot, DeskWindow.MARKET_OPEN);

        DeskWindow.awaitOnFx("the real engine runs Monday's session", () ->
                robot.lookup("#status-engine").queryAs(Label.class).getText()
                        .matches("Engine running · 962 instruments · [1-9]\\d* trading"));
        assertThat(DESK.practice()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Suanli Desk — compute futures 9.8.7");
        assertThat(bannerShown(robot)).isFalse();
    }
}
