package com.suanli.desk.ui;

import static com.suanli.desk.ui.DeskWindow.GUIZHOU;
import static com.suanli.desk.ui.DeskWindow.MARKET_OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.settings.UserSettings;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.ui.trading.Fill;
import com.suanli.desk.ui.trading.OrderStatus;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.desk.ui.account.AccountViewModel;
import com.suanli.desk.ui.simulation.SimulationSetting;
import com.suanli.desk.ui.users.SignOn;
import com.suanli.desk.ui.workspace.Panel;
import com.suanli.exchange.listing.ContractSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The workstation closed and opened again on the same database, as a trader does each day: the panels are where
 * the user left them (kept in the user's settings), with the tabs they chose and on the workspace they were on,
 * View &gt; Reset layout is kept as well, the account panel
 * shows the cash the first start deposited, and the ladder shows the book the exchange recovered and the day's
 * volume at each price before any new event arrives.
 */
@ExtendWith(ApplicationExtension.class)
class DeskRestartTest {

    private static final ContractSpec JUNE = GUIZHOU.bySymbol("H100-GZ-2027M06");
    private static final long REFERENCE = JUNE.referencePriceTicks();
    /** The login a fresh desk gives its first user, signed in without a prompt. */
    /** A member trading against the desk. */
    private static final long OTHER_MEMBER = 7007;
    private static final String LOCAL_USER = SignOn.localLogin(System.getProperty("user.name"));

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    @TempDir
    Path dir;

    private Stage stage;
    private WorkstationApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DESK.openDatabase(dir);
        app = DESK.open(stage, () -> GUIZHOU, MARKET_OPEN, SimulationSetting.OFF);
    }

    /** Quits the window as the user does, closes the exchange, and opens both again on the same database. */
    private void restart(FxRobot robot) {
        quit(robot);
        reopen(robot);
    }

    /** As {@link #restart(FxRobot)}, with {@code meanwhile} done on the exchange while the window is closed. */
    private void restart(FxRobot robot, Consumer<DeskExchange> meanwhile) {
        quit(robot);
        try (ExchangeStartup closedWindow = TestDesks.startup(() -> GUIZHOU, DESK.store(), MARKET_OPEN)) {
            meanwhile.accept(closedWindow.start().exchange());
        }
        reopen(robot);
    }

    /** Restarts the window while another member opens and offers June: each price in ticks, then its lots. */
    private void restartWithOffers(FxRobot robot, long... pricesAndLots) {
        restart(robot, exchange -> {
            TestDesks.openMember(exchange, MARKET_OPEN.millis(), OTHER_MEMBER, 1_000_000_00L);
            for (int i = 0; i < pricesAndLots.length; i += 2) {
                assertThat(exchange.submit(PlaceOrder.limit(MARKET_OPEN.millis(), OTHER_MEMBER, i / 2 + 1,
                        JUNE.instrumentId(), Side.ASK, pricesAndLots[i], pricesAndLots[i + 1], TimeInForce.GTC))
                        .join().accepted()).isTrue();
            }
        });
    }

    private void quit(FxRobot robot) {
        robot.interact(() -> {
            app.stop();
            stage.close();
        });
        DESK.exchange().close();
    }

    private void reopen(FxRobot robot) {
        robot.interact(() -> {
            stage = new Stage();
            app = DESK.open(stage, () -> GUIZHOU, MARKET_OPEN, SimulationSetting.OFF);
        });
        started();
    }

    /**
     * Lets the window's start finish: the exchange starts and the local user signs in on the test's task executor,
     * which runs them at once, and their answers reach the screen on the FX thread's next turns.
     */
    private static void started() {
        DeskWindow.settle();
    }

    private static boolean open(FxRobot robot, Panel panel) {
        return robot.lookup("#tab-" + panel.slug()).tryQuery().isPresent();
    }

    private static void close(FxRobot robot, Panel panel) {
        robot.clickOn(robot.from(robot.lookup("#tab-" + panel.slug()).queryParent()).lookup(".close-button")
                .queryAs(Node.class));
        DeskWindow.settle();
    }

    /** Whether two panels' tabs are in one place, stacked. */
    private static boolean stacked(FxRobot robot, Panel one, Panel other) {
        return robot.lookup("#tab-" + one.slug()).query().getParent()
                == robot.lookup("#tab-" + other.slug()).query().getParent();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(FxRobot robot, String table) {
        return robot.lookup(table).queryAs(TableView.class).getItems();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void the_panels_are_where_the_user_left_them_after_a_restart(FxRobot robot) {
        started();
        close(robot, Panel.CHARTS);
        robot.drag("#tab-ladder").dropTo("#tab-order-ticket");
        DeskWindow.settle();
        assertThat(stacked(robot, Panel.LADDER, Panel.ORDER_TICKET)).as("dragged onto the ticket's tabs").isTrue();

        restart(robot);

        assertThat(open(robot, Panel.CHARTS)).as("closed before the restart").isFalse();
        assertThat(open(robot, Panel.LADDER)).isTrue();
        assertThat(stacked(robot, Panel.LADDER, Panel.ORDER_TICKET)).as("still stacked").isTrue();
        assertThat(stacked(robot, Panel.BLOTTER, Panel.ACCOUNT)).isTrue();
        Optional<String> saved = DESK.store().transaction(c -> new UserSettings(c, LOCAL_USER).get(UserSettings.LAYOUT));
        assertThat(saved).as("the user's layout setting").hasValueSatisfying(text ->
                assertThat(text).contains("\"closed\":[\"CHARTS\"]"));
    }

    @Test
    void the_tabs_chosen_and_the_workspace_on_screen_are_as_the_user_left_them_after_a_restart(FxRobot robot) {
        started();
        robot.clickOn("#blotter-rejects");
        robot.clickOn("#tab-account");
        robot.clickOn("#account-calls");
        robot.clickOn("#workspace-risk");
        robot.clickOn("#risk-tab-margin");
        DeskWindow.settle();

        restart(robot);

        assertThat(robot.lookup("#workspace-risk").queryAs(ToggleButton.class).isSelected()).as("risk on screen")
                .isTrue();
        assertThat(chosenTab(robot, "#risk-tabs")).isEqualTo("risk-tab-margin");
        Optional<String> saved = DESK.store().transaction(c -> new UserSettings(c, LOCAL_USER).get(UserSettings.LAYOUT));
        assertThat(saved).as("the user's layout setting").hasValueSatisfying(text -> assertThat(text)
                .contains("\"workspace\":\"RISK\"", "\"blotter-tabs\":\"blotter-rejects\"",
                        "\"account-tabs\":\"account-calls\"", "\"risk-tabs\":\"risk-tab-margin\""));
        robot.clickOn("#workspace-trading");
        assertThat(chosenTab(robot, "#account-tabs")).as("the account panel in front, on its calls")
                .isEqualTo("account-calls");
        robot.clickOn("#tab-blotter");
        assertThat(chosenTab(robot, "#blotter-tabs")).isEqualTo("blotter-rejects");
    }

    @Test
    void the_market_watch_columns_chosen_are_shown_again_after_a_restart(FxRobot robot) {
        started();
        robot.clickOn("#market-watch-columns").clickOn("#market-watch-column-tick").clickOn("#market-watch-column-index");
        robot.type(KeyCode.ESCAPE);
        DeskWindow.settle();
        assertThat(watchColumns(robot)).as("before the restart").contains("watch-tick").doesNotContain("watch-index");

        restart(robot);

        assertThat(watchColumns(robot)).as("the term shown, the index hidden").contains("watch-tick")
                .doesNotContain("watch-index").startsWith("watch-symbol", "watch-bid-lots");
        Optional<String> saved = DESK.store().transaction(c -> new UserSettings(c, LOCAL_USER).get(UserSettings.LAYOUT));
        assertThat(saved).as("the user's layout setting").hasValueSatisfying(text -> assertThat(text)
                .contains("\"market-watch-columns\":\"SYMBOL,BID_LOTS,").contains(",TICK\""));
    }

    /** The ids of the market watch's columns shown, in order. */
    private static List<String> watchColumns(FxRobot robot) {
        DeskWindow.settle();
        TableView<?> table = robot.lookup("#market-watch-table").queryAs(TableView.class);
        return table.getVisibleLeafColumns().stream().map(TableColumn::getId).toList();
    }

    private static String chosenTab(FxRobot robot, String tabPane) {
        DeskWindow.settle();
        return robot.lookup(tabPane).queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void reset_layout_brings_every_panel_back_and_is_kept_too(FxRobot robot) {
        started();
        close(robot, Panel.CHARTS);
        close(robot, Panel.LADDER);
        restart(robot);
        assertThat(open(robot, Panel.LADDER)).isFalse();

        robot.clickOn("#menu-view").clickOn("#menu-reset-layout");
        DeskWindow.settle();
        assertThat(open(robot, Panel.LADDER)).isTrue();
        assertThat(open(robot, Panel.CHARTS)).isTrue();
        restart(robot);

        assertThat(open(robot, Panel.LADDER)).isTrue();
        assertThat(open(robot, Panel.CHARTS)).isTrue();
        assertThat(stacked(robot, Panel.LADDER, Panel.ORDER_TICKET)).isFalse();
    }

    @Test
    void the_account_panel_shows_the_cash_deposited_at_the_first_start(FxRobot robot) {
        started();
        robot.clickOn("#tab-account");

        DeskWindow.awaitOnFx("the deposit in the account panel",
                () -> text(robot, "#account-cash").equals(AccountViewModel.cny(LocalTrader.STARTING_CASH)));
        assertThat(text(robot, "#account-health")).isEqualTo("Margin covered");
    }

    @Test
    void the_ladder_shows_the_book_the_exchange_recovered_after_a_restart(FxRobot robot) {
        started();
        robot.clickOn(JUNE.symbol());
        robot.clickOn("#ladder-bid-" + (REFERENCE - 2));
        DeskWindow.awaitOnFx("the bid on the ladder", () -> text(robot, "#ladder-bid-" + (REFERENCE - 2)).equals("1"));

        restart(robot);
        robot.clickOn(JUNE.symbol());
        // Heavy panels redraw one a pulse (PacedRedraw): the ladder may take its turn a few pulses on.
        DeskWindow.awaitOnFx("the recovered bid, before any new event",
                () -> text(robot, "#ladder-bid-" + (REFERENCE - 2)).equals("1"));
    }

    @Test
    void the_blotter_and_the_ladder_show_the_working_orders_and_todays_fills_after_a_restart(FxRobot robot) {
        started();
        // Overnight, another member offers a lot of June.
        restartWithOffers(robot, REFERENCE - 1, 1);
        robot.clickOn(JUNE.symbol());
        robot.clickOn("#ladder-bid-" + (REFERENCE - 1));
        robot.clickOn("#ladder-bid-" + (REFERENCE - 3));
        DeskWindow.awaitOnFx("a working bid", () -> rows(robot, "#blotter-working-table").size() == 1);
        // A hidden tab's table is brought up to date when the trader selects it.
        robot.clickOn("#blotter-fills");
        DeskWindow.awaitOnFx("a fill", () -> rows(robot, "#blotter-fills-table").size() == 1);

        restart(robot);
        robot.clickOn(JUNE.symbol());
        // The window opens on the tab left selected, the fills; a hidden tab's table is brought up to date when shown.
        robot.clickOn("#blotter-working");
        DeskWindow.awaitOnFx("the recovered working order", () -> rows(robot, "#blotter-working-table").size() == 1);

        assertThat(DeskRestartTest.<OwnOrder>rows(robot, "#blotter-working-table")).singleElement().satisfies(order -> {
            assertThat(order.price()).isEqualTo(REFERENCE - 3);
            assertThat(order.account()).isEqualTo(LocalTrader.ACCOUNT);
            assertThat(order.openQuantity()).isEqualTo(1);
            assertThat(order.status()).isEqualTo(OrderStatus.WORKING);
        });
        robot.clickOn("#blotter-fills");
        DeskWindow.awaitOnFx("today's fill", () -> rows(robot, "#blotter-fills-table").size() == 1);
        assertThat(DeskRestartTest.<Fill>rows(robot, "#blotter-fills-table")).singleElement().satisfies(fill -> {
            assertThat(fill.price()).isEqualTo(REFERENCE - 1);
            assertThat(fill.side()).isEqualTo(Side.BID);
            assertThat(fill.aggressor()).as("the desk's bid took the member's offer").isTrue();
        });
        DeskWindow.awaitOnFx("Mine, before any new event",
                () -> text(robot, "#ladder-own-bid-" + (REFERENCE - 3)).equals("1"));
    }

    @Test
    void the_ladder_shows_the_days_volume_at_each_price_after_a_restart(FxRobot robot) {
        started();
        // Another member offers three lots of June while the window is closed; the desk then takes two at the reference
        // and one above it.
        restartWithOffers(robot, REFERENCE, 2, REFERENCE + 1, 1);
        robot.clickOn(JUNE.symbol());
        robot.clickOn("#ladder-preset-5");
        robot.clickOn("#ladder-bid-" + (REFERENCE + 1));
        DeskWindow.awaitOnFx("both levels traded on the ladder", () -> text(robot, "#ladder-volume-" + REFERENCE)
                .equals("2") && text(robot, "#ladder-volume-" + (REFERENCE + 1)).equals("1"));

        restart(robot);
        robot.clickOn(JUNE.symbol());

        DeskWindow.awaitOnFx("the day's volume at each price, from the store", () -> text(robot,
                "#ladder-volume-" + REFERENCE).equals("2") && text(robot, "#ladder-volume-" + (REFERENCE + 1)).equals("1"));
        assertThat(text(robot, "#ladder-volume-" + (REFERENCE - 1))).as("nothing traded below").isEmpty();
    }
}
