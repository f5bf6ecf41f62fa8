package com.suanli.desk.ui;

import static com.suanli.desk.ui.DeskWindow.GUIZHOU;
import static com.suanli.desk.ui.DeskWindow.MARKET_OPEN;
import static com.suanli.desk.ui.UserScreens.click;
import static com.suanli.desk.ui.UserScreens.type;
import static com.suanli.desk.ui.UserScreens.usersItem;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The theme cut at the build ({@code desk-theme.bss}) looks exactly as the whole of AtlantaFX's Primer Dark on every
 * screen the desk has: on a tour of the sign-in window (a wrong password refused), the trading workspace with an
 * order working and a bad field refused, every tab of every panel of the three workspaces, each calculator, each
 * menu, a combo box's list, a tooltip, a text field's context menu, the About dialog and the users' window, every CSS
 * property of every node on screen is read under the cut and again under the whole theme, on the same nodes. A rule
 * the cut drops that some node matches changes some property of that node, and fails this test.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeCutLooksTest {

    private static final String WHOLE_THEME = new PrimerDark().getUserAgentStylesheet();

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    /** One test a class: the database its desk opens, with two users made before the window (slow hashes). */
    @TempDir
    static Path dir;

    private Stage stage;
    private final Map<String, String> differences = new LinkedHashMap<>();
    private final List<String> toured = new ArrayList<>();

    /** The language the desk speaks on the tour. */
    Language language() {
        return Language.ENGLISH;
    }

    /** Two users, so that the desk asks who signs in: the sign-in window is on the tour. */
    @BeforeAll
    static void twoUsers() {
        try (DeskStore store = TestDesks.database(dir)) {
            UserDirectory users = new UserDirectory(store);
            users.soleUser("li", WorkstationApp.LOCAL_TRADER_ACCOUNT);
            users.resetPassword("li", "head-of-desk-1".toCharArray());
            users.add("chen", "Chen Jing", UserRole.RISK_OFFICER, "scenario-77".toCharArray(), List.of());
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Texts.use(language());
        DESK.openDatabase(dir);
        DESK.open(stage, () -> GUIZHOU, MARKET_OPEN);
    }

    @AfterEach
    void speakEnglishAgain() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void every_node_on_every_screen_is_styled_as_the_whole_primer_dark_styles_it(FxRobot robot) {
        // The desk asks once its exchange runs.
        DeskWindow.awaitMarket("the sign-in window", 60, () -> robot.lookup("#sign-in").tryQuery().isPresent());
        compare("the sign-in window");
        type(robot, "#sign-in-login", "chen");
        type(robot, "#sign-in-password", "scenario-76");
        click(robot, "#sign-in-button");
        compare("a wrong password refused");
        robot.sleep(1_100);
        type(robot, "#sign-in-login", "li");
        type(robot, "#sign-in-password", "head-of-desk-1");
        click(robot, "#sign-in-button");
        compare("the trading workspace");

        click(robot, GUIZHOU.bySymbol("H100-GZ-2027M06").symbol());
        click(robot, "#ticket-buy");
        DeskWindow.awaitOnFx("the order's answer", () -> robot.lookup("#ticket-message").queryLabeled().getText()
                .endsWith(Texts.get("outcome.taken")));
        TextField quantity = robot.lookup("#ticket-quantity").queryAs(TextField.class);
        robot.interact(() -> quantity.setText("0"));
        click(robot, "#ticket-buy");
        compare("an order working, a bad quantity refused beside its field");

        click(robot, "#ticket-quantity", MouseButton.SECONDARY);
        compare("a text field's context menu");
        robot.type(KeyCode.ESCAPE);

        ComboBox<?> combo = robot.lookup((Node node) -> node instanceof ComboBox<?> box && box.isVisible())
                .queryAs(ComboBox.class);
        robot.interact(combo::show);
        compare("a combo box's list");
        robot.interact(combo::hide);

        Tooltip tooltip = robot.lookup("#workspace-risk").queryAs(Control.class).getTooltip();
        robot.interact(() -> tooltip.show(stage, stage.getX() + 100, stage.getY() + 100));
        compare("a tooltip");
        robot.interact(tooltip::hide);

        for (Menu menu : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            robot.interact(menu::show);
            compare("the menu " + menu.getId());
            robot.interact(menu::hide);
        }

        click(robot, "#menu-help");
        click(robot, "#menu-about");
        compare("the About dialog");
        robot.type(KeyCode.ESCAPE);

        robot.interact(usersItem(robot)::fire);
        compare("the users' window");
        Window users = robot.window(window -> window != stage && window.isShowing() && window instanceof Stage);
        robot.interact(() -> ((Stage) users).close());

        for (Workspace workspace : Workspace.values()) {
            robot.interact(() -> robot.lookup("#workspace-" + workspace.name().toLowerCase(Locale.ROOT))
                    .queryAs(ToggleButton.class).fire());
            everyTab(workspace.name());
        }

        assertThat(toured).as("the screens toured").hasSizeGreaterThan(20);
        assertThat(differences.entrySet().stream().limit(40).map(seen -> seen.getValue() + ": " + seen.getKey()))
                .as("nodes styled otherwise under the cut than under the whole theme (the first 40 of %d), on a tour of %s",
                        differences.size(), toured)
                .isEmpty();
    }

    /** Every tab of every tab pane on screen, the panes turned together, and each calculator when its list shows. */
    private void everyTab(String workspace) {
        List<TabPane> panes = fx(() -> showing(stage.getScene().getRoot(), TabPane.class));
        int most = panes.stream().mapToInt(pane -> pane.getTabs().size()).max().orElse(0);
        for (int tab = 0; tab < most; tab++) {
            int chosen = tab;
            fx(() -> {
                panes.stream().filter(pane -> pane.getTabs().size() > chosen)
                        .forEach(pane -> pane.getSelectionModel().select(chosen));
                return null;
            });
            compare(workspace + ", tab " + tab + " of each panel");
            for (ListView<?> calculators : fx(() -> showing(stage.getScene().getRoot(), ListView.class))) {
                if ("calculator-list".equals(calculators.getId())) {
                    for (int i = 1; i < calculators.getItems().size(); i++) {
                        int index = i;
                        fx(() -> {
                            calculators.getSelectionModel().select(index);
                            return null;
                        });
                        compare(workspace + ", calculator " + i);
                    }
                }
            }
        }
    }

    /**
     * Reads every node's styles under the cut, then under the whole theme, and puts the cut back (the next read styles
     * the nodes under it again). Each read first styles and lays out what is dirty, twice, so that a node made by the
     * last layout (a table's new cell) is read styled under both sheets.
     */
    private void compare(String where) {
        ComputedStyles cut = styled();
        fx(() -> {
            Application.setUserAgentStylesheet(WHOLE_THEME);
            return null;
        });
        ComputedStyles whole = styled();
        fx(() -> {
            DeskTheme.install();
            return null;
        });
        toured.add(where + " (" + cut.nodes() + " nodes)");
        // A node on several screens differs on each: said once, with the first screen it was seen on.
        cut.differencesFrom(whole, "the cut", "the whole theme").forEach(difference ->
                differences.putIfAbsent(difference, where));
    }

    private static ComputedStyles styled() {
        DeskWindow.settle();
        return fx(() -> {
            for (int pass = 0; pass < 2; pass++) {
                for (Window window : Window.getWindows()) {
                    if (window.isShowing() && window.getScene() != null) {
                        window.getScene().getRoot().applyCss();
                        window.getScene().getRoot().layout();
                    }
                }
            }
            return ComputedStyles.read();
        });
    }

    /** The nodes of {@code type} under {@code root} that are on screen (they and their parents visible). */
    private static <T> List<T> showing(Parent root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node child : root.getChildrenUnmodifiable()) {
            if (child.isVisible()) {
                if (type.isInstance(child)) {
                    found.add(type.cast(child));
                }
                if (child instanceof Parent parent) {
                    found.addAll(showing(parent, type));
                }
            }
        }
        return found;
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
