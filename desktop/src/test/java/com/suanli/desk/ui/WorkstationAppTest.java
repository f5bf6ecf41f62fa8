package com.suanli.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.ui.marketwatch.InstrumentRow;
import com.suanli.desk.ui.users.SignOn;
import com.suanli.exchange.listing.ContractKind;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real workstation window, headless: what a trader sees on opening the desk. */
@ExtendWith(ApplicationExtension.class)
class WorkstationAppTest {

    private static final int LISTED = CatalogueJson.readDefault().size();
    /** Each line lists spot and 12 months from 2027-01; on 1 March 2027 spot and April..December trade. */
    private static final int TRADING = LISTED / 13 * 10;

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DESK.openDatabase(dir);
        DESK.open(stage, CatalogueJson::readDefault, DeskWindow.MARKET_OPEN);
    }

    @Test
    void window_shows_the_desk_name_and_version_in_its_title() {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Suanli Desk — compute futures 9.8.7");
    }

    @Test
    void menu_bar_offers_quit_the_workspaces_full_screen_shortcuts_and_about(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);

        Map<String, List<String>> itemsByMenu = bar.getMenus().stream().collect(Collectors.toMap(
                Menu::getId,
                menu -> menu.getItems().stream()
                        .filter(item -> !(item instanceof SeparatorMenuItem))
                        .map(MenuItem::getText)
                        .collect(Collectors.toList())));
        assertThat(bar.getMenus()).extracting(Menu::getId).containsExactly("menu-file", "menu-view", "menu-simulation", "menu-help");
        assertThat(itemsByMenu.get("menu-file")).containsExactly("Users…", "Quit");
        assertThat(itemsByMenu.get("menu-view")).containsExactly("Trading workspace", "Risk workspace", "Sessions workspace",
                "Panels", "Reset layout", "Full screen", "Language");
        assertThat(itemsByMenu.get("menu-help")).containsExactly("Keyboard shortcuts", "About Suanli Desk");
    }

    @Test
    void menu_items_have_their_accelerators(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);

        Map<String, String> accelerators = bar.getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> item.getAccelerator() != null)
                .collect(Collectors.toMap(MenuItem::getText, item -> item.getAccelerator().getName()));
        assertThat(accelerators).containsOnly(
                Map.entry("Quit", "Shortcut+Q"),
                Map.entry("Trading workspace", "Shortcut+1"),
                Map.entry("Risk workspace", "Shortcut+2"),
                Map.entry("Sessions workspace", "Shortcut+3"),
                Map.entry("Full screen", "F11"),
                Map.entry("Keyboard shortcuts", "F1"));
    }

    @Test
    void status_bar_shows_engine_database_message_and_exchange_clock(FxRobot robot) {
        assertThat(text(robot, "#status-engine")).isEqualTo("Engine running · " + LISTED + " instruments · " + TRADING + " trading");
        assertThat(text(robot, "#status-instrument")).isEqualTo("No instrument");
        assertThat(text(robot, "#status-database")).isEqualTo("DB " + DeskWindow.DATABASE);
        assertThat(text(robot, "#status-message")).as("a fresh desk signs its first user in without a prompt")
                .isEqualTo("Signed in as administrator '" + SignOn.localLogin(System.getProperty("user.name")) + "'");
        assertThat(text(robot, "#status-clock")).isEqualTo("2027-03-01 09:30:00 +08:00");
    }

    @Test
    void help_about_opens_with_the_version_and_closes(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("#menu-about");

        DialogPane about = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        assertThat(about.getScene().getWindow().isShowing()).isTrue();
        assertThat(about.getHeaderText()).isEqualTo("Suanli Desk");
        assertThat(robot.from(about).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Version 9.8.7");

        robot.clickOn((Button) about.lookupButton(ButtonType.CLOSE));

        assertThat(robot.lookup("#about-dialog").tryQuery()).isEmpty();
    }

    @Test
    void f1_opens_the_keyboard_shortcut_sheet_and_escape_closes_it(FxRobot robot) {
        robot.clickOn("#status-message").type(KeyCode.F1);

        DialogPane sheet = robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class);
        assertThat(robot.from(sheet).lookup(".key-combination").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Ctrl+Q", "Ctrl+1", "Ctrl+2", "F11", "F1");

        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#shortcuts-dialog").tryQuery()).isEmpty();
    }

    @Test
    void ctrl_2_shows_the_risk_workspace_and_ctrl_1_trading_again(FxRobot robot) {
        assertThat(robot.lookup("#panel-ladder").tryQuery()).isPresent();

        robot.clickOn("#status-message").press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);

        assertThat(robot.lookup("#panel-risk").tryQuery()).isPresent();
        assertThat(robot.lookup("#panel-ladder").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);

        assertThat(robot.lookup("#panel-ladder").tryQuery()).isPresent();
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Label) node).getText();
    }

    @Test
    void market_watch_lists_the_default_catalogue_once_the_engine_runs_opening_on_its_front_months(FxRobot robot) {
        TableView<?> table = robot.lookup("#market-watch-table").queryAs(TableView.class);
        // On 1 March 2027 each product and hub's spot and its three nearest months still trading: April to June.
        Set<YearMonth> front = Set.of(YearMonth.of(2027, 4), YearMonth.of(2027, 5), YearMonth.of(2027, 6));
        int fronts = CatalogueJson.readDefault().where(contract -> contract.kind() == ContractKind.SPOT
                || front.contains(contract.deliveryMonth())).size();

        assertThat(table.getItems()).hasSize(fronts);
        assertThat(text(robot, "#market-watch-count")).isEqualTo(fronts + " of " + LISTED + " instruments");
        robot.interact(() -> robot.lookup("#market-watch-month").queryAs(ComboBox.class).getSelectionModel().select(0));
        assertThat(table.getItems()).as("All months").hasSize(LISTED);
        assertThat(text(robot, "#market-watch-count")).isEqualTo(LISTED + " instruments");
    }

    @Test
    void choosing_an_instrument_in_the_market_watch_names_it_in_the_status_bar(FxRobot robot) {
        TableView<?> table = robot.lookup("#market-watch-table").queryAs(TableView.class);
        InstrumentRow second = (InstrumentRow) table.getItems().get(1);

        // Its symbol cell: the row's middle may lie beyond the panel's edge, the table being wider than it.
        robot.clickOn(robot.from(TableRows.rowAt(robot, table, 1)).lookup(".table-cell").<Node>query());

        assertThat(text(robot, "#status-instrument")).isEqualTo(second.symbol());
    }
}
