package com.suanli.desk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.workspace.Arrangement;
import com.suanli.desk.ui.workspace.Panel;
import com.suanli.desk.ui.workspace.PanelTabs;
import com.suanli.desk.ui.workspace.PanelViews;
import com.suanli.desk.ui.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.StackPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell with a feature plugged into one panel and a probe in place of quitting the application. */
@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

    private static final String PLUGGED_LADDER = "H100-YRD-2027M03 depth";

    private final AtomicInteger quitRequests = new AtomicInteger();
    private final InstrumentLink link = new InstrumentLink();
    private ShellViewModel viewModel;
    private ShellView shell;

    @Start
    void start(Stage stage) {
        viewModel = new ShellViewModel("1.0.0", "/data/desk",
                Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai")), link);
        PanelViews panels = panel -> panel == Panel.LADDER
                ? new Label(PLUGGED_LADDER)
                : PanelViews.emptyStates().viewOf(panel);
        shell = new ShellView(viewModel, panels, quitRequests::incrementAndGet);
        Scene scene = new Scene(shell.root(), 1280, 800);
        DeskTheme.applyTo(scene);
        stage.setScene(scene);
        stage.setOnHidden(event -> shell.close());
        stage.show();
    }

    @Test
    void file_quit_asks_the_application_to_exit(FxRobot robot) {
        robot.clickOn("#menu-file").clickOn("#menu-quit");

        assertThat(quitRequests).hasValue(1);
    }

    @Test
    void ctrl_q_asks_the_application_to_exit(FxRobot robot) {
        robot.clickOn("#status-message").press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        assertThat(quitRequests).hasValue(1);
    }

    @Test
    void a_feature_view_plugs_into_its_panel_under_the_panels_tab(FxRobot robot) {
        StackPane ladder = robot.lookup("#panel-ladder").queryAs(StackPane.class);

        assertThat(PanelTabs.title(robot, Panel.LADDER)).isEqualTo("Ladder");
        assertThat(ladder.getChildren()).singleElement().isInstanceOf(Label.class);
        assertThat(((Label) ladder.getChildren().get(0)).getText()).isEqualTo(PLUGGED_LADDER);
    }

    @Test
    void a_panel_without_its_feature_says_what_will_appear(FxRobot robot) {
        Node blotter = robot.lookup("#panel-blotter").query();

        assertThat(robot.from(blotter).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .containsExactly(Panel.BLOTTER.emptyHeading(), Panel.BLOTTER.purpose());
    }

    @Test
    void workspace_switch_shows_risk_and_brings_trading_back_as_it_was(FxRobot robot) {
        Node tradingLadder = robot.lookup("#panel-ladder").queryAs(Node.class);

        robot.clickOn("#workspace-risk");
        assertThat(viewModel.workspaceProperty().get()).isEqualTo(Workspace.RISK);
        assertThat(robot.lookup("#panel-scenarios").tryQuery()).isPresent();

        robot.clickOn("#workspace-trading");
        assertThat(viewModel.workspaceProperty().get()).isEqualTo(Workspace.TRADING);
        assertThat(robot.lookup("#panel-ladder").queryAs(Node.class)).isSameAs(tradingLadder);
    }

    @Test
    void a_panel_closed_by_its_tab_comes_back_from_the_view_menu(FxRobot robot) {
        robot.clickOn(robot.from(robot.lookup("#tab-charts").queryParent()).lookup(".close-button").queryAs(Node.class));

        assertThat(robot.lookup("#panel-charts").tryQuery()).isEmpty();
        assertThat(robot.lookup("#tab-charts").tryQuery()).isEmpty();
        assertThat(shell.workspaces().shows(Workspace.TRADING, Panel.CHARTS)).isFalse();
        robot.clickOn("#menu-view").clickOn("#menu-panels");
        assertThat(panelItem(robot, Panel.CHARTS).isSelected()).isFalse();
        assertThat(panelItem(robot, Panel.LADDER).isSelected()).isTrue();
        // As a click on the item does: the tick changes, then the item acts.
        robot.interact(() -> {
            CheckMenuItem charts = panelItem(robot, Panel.CHARTS);
            charts.setSelected(true);
            charts.fire();
        });
        robot.type(KeyCode.ESCAPE, 2);

        assertThat(robot.lookup("#panel-charts").tryQuery()).isPresent();
        assertThat(shell.workspaces().shows(Workspace.TRADING, Panel.CHARTS)).isTrue();
    }

    @Test
    void a_panel_dragged_onto_another_panels_tabs_joins_them(FxRobot robot) {
        robot.drag("#tab-charts").dropTo("#tab-ladder");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stackHolding(Panel.LADDER).panels()).containsExactlyInAnyOrder(Panel.LADDER, Panel.CHARTS);
        assertThat(shell.workspaces().layout().of(Workspace.TRADING).orElseThrow().orElseThrow().panels())
                .containsExactlyInAnyOrderElementsOf(Workspace.TRADING.panels());
    }

    @Test
    void a_panel_dropped_on_the_side_of_another_splits_that_place(FxRobot robot) {
        Node ladder = robot.lookup("#panel-ladder").query();
        Bounds onScreen = ladder.localToScreen(ladder.getBoundsInLocal());

        robot.drag("#tab-charts").moveTo(new Point2D(onScreen.getMaxX() - 4, onScreen.getCenterY())).drop();
        WaitForAsyncUtils.waitForFxEvents();

        Arrangement.Stack ladderStack = stackHolding(Panel.LADDER);
        Arrangement.Stack chartsStack = stackHolding(Panel.CHARTS);
        assertThat(ladderStack.panels()).containsExactly(Panel.LADDER);
        assertThat(chartsStack.panels()).containsExactly(Panel.CHARTS);
        Arrangement.Split row = splits(trading()).filter(split -> split.parts().contains(ladderStack))
                .findFirst().orElseThrow();
        assertThat(row.across()).as("side by side").isTrue();
        assertThat(row.parts().get(row.parts().indexOf(ladderStack) + 1)).as("right of the ladder").isEqualTo(chartsStack);
    }

    private Arrangement trading() {
        return shell.workspaces().layout().of(Workspace.TRADING).orElseThrow().orElseThrow();
    }

    private static Stream<Arrangement.Split> splits(Arrangement arrangement) {
        return arrangement instanceof Arrangement.Split split
                ? Stream.concat(Stream.of(split), split.parts().stream().flatMap(ShellViewTest::splits)) : Stream.empty();
    }

    @Test
    void reset_layout_puts_every_panel_back_where_the_workspace_has_it(FxRobot robot) {
        robot.interact(() -> {
            shell.workspaces().close(Workspace.TRADING, Panel.CHARTS);
            shell.workspaces().close(Workspace.TRADING, Panel.LADDER);
        });
        assertThat(robot.lookup("#panel-ladder").tryQuery()).isEmpty();

        robot.clickOn("#menu-view").clickOn("#menu-reset-layout");

        assertThat(robot.lookup("#panel-ladder").tryQuery()).isPresent();
        assertThat(robot.lookup("#panel-charts").tryQuery()).isPresent();
        assertThat(shape(shell.workspaces().layout().of(Workspace.TRADING).orElseThrow().orElseThrow()))
                .isEqualTo(shape(Workspace.TRADING.standardArrangement()));
    }

    /** An arrangement's panels, stacks and splits without the dividers' positions, which the panes may nudge. */
    private static String shape(Arrangement arrangement) {
        if (arrangement instanceof Arrangement.Stack stack) {
            return stack.panels() + "@" + stack.shown();
        }
        Arrangement.Split split = (Arrangement.Split) arrangement;
        return (split.across() ? "row" : "column")
                + split.parts().stream().map(ShellViewTest::shape).collect(Collectors.joining(", ", "(", ")"));
    }

    private Arrangement.Stack stackHolding(Panel panel) {
        return stacks(shell.workspaces().layout().of(Workspace.TRADING).orElseThrow().orElseThrow())
                .filter(stack -> stack.panels().contains(panel)).findFirst().orElseThrow();
    }

    private static Stream<Arrangement.Stack> stacks(Arrangement arrangement) {
        return arrangement instanceof Arrangement.Stack stack ? Stream.of(stack)
                : ((Arrangement.Split) arrangement).parts().stream().flatMap(ShellViewTest::stacks);
    }

    /** The View &gt; Panels item of a panel, as the menu last listed it. */
    private static CheckMenuItem panelItem(FxRobot robot, Panel panel) {
        Menu view = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> "menu-view".equals(menu.getId())).findFirst().orElseThrow();
        Menu panels = (Menu) view.getItems().stream().filter(item -> "menu-panels".equals(item.getId()))
                .findFirst().orElseThrow();
        return (CheckMenuItem) panels.getItems().stream()
                .filter(item -> ("menu-panel-" + panel.slug()).equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void clicking_the_current_workspace_keeps_it_selected(FxRobot robot) {
        robot.clickOn("#workspace-trading");

        assertThat(robot.lookup("#workspace-trading").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#workspace-risk").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void engine_state_and_messages_reach_the_status_bar(FxRobot robot) {
        robot.interact(() -> {
            viewModel.engineRunning(962, 740);
            viewModel.showMessage("Connected to the in-process exchange");
        });

        Label engine = robot.lookup("#status-engine").queryAs(Label.class);
        assertThat(engine.getText()).isEqualTo("Engine running · 962 instruments · 740 trading");
        assertThat(engine.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("running"));
        assertThat(engine.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("offline"));
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("Connected to the in-process exchange");
    }

    @Test
    void a_failed_engine_shows_red_with_the_reason_in_the_message_area(FxRobot robot) {
        robot.interact(() -> viewModel.engineFailed("catalogue refused, 1 problem: $.format: unknown"));

        Label engine = robot.lookup("#status-engine").queryAs(Label.class);
        assertThat(engine.getText()).isEqualTo("Engine failed");
        assertThat(engine.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("failed"));
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("The engine did not start: catalogue refused, 1 problem: $.format: unknown");
    }

    @Test
    void the_status_bar_names_the_linked_instrument(FxRobot robot) {
        assertThat(robot.lookup("#status-instrument").queryAs(Label.class).getText()).isEqualTo("No instrument");

        robot.interact(() -> link.selectedInstrumentProperty().set(CatalogueJson.readDefault().bySymbol("H100-GZ-G-SPOT")));

        assertThat(robot.lookup("#status-instrument").queryAs(Label.class).getText()).isEqualTo("H100-GZ-G-SPOT");
    }
}
