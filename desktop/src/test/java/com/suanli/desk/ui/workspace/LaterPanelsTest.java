package com.suanli.desk.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panels a workspace leaves for later keep their places empty until {@link WorkspaceView#buildTheRest()}, which
 * builds them one after the other while the window shows, each with the tab a restored layout chose for it.
 */
@ExtendWith(ApplicationExtension.class)
class LaterPanelsTest {

    private final Map<Panel, Integer> builds = new EnumMap<>(Panel.class);
    private WorkspaceView workspaces;

    @Start
    void start(Stage stage) {
        workspaces = new WorkspaceView(panel -> {
            builds.merge(panel, 1, Integer::sum);
            if (panel == Panel.CHARTS) {
                Tab candles = new Tab("Candles", new Label("candles"));
                candles.setId("charts-candles");
                Tab depth = new Tab("Depth", new Label("depth"));
                depth.setId("charts-depth");
                TabPane tabs = new TabPane(candles, depth);
                PanelViews.keepChosenTab(tabs, tabs, "charts-tabs");
                return tabs;
            }
            return new Label(panel.title());
        }, EnumSet.of(Panel.MARKET_WATCH, Panel.ORDER_TICKET));
        stage.setScene(new Scene((Parent) workspaces.of(Workspace.TRADING), 1200, 800));
        stage.show();
    }

    @Test
    void only_the_first_panels_are_built_until_the_rest_is_asked_for(FxRobot robot) {
        assertThat(builds).containsOnlyKeys(Panel.MARKET_WATCH, Panel.ORDER_TICKET);
        assertThat(robot.lookup("#panel-ladder").queryAs(Node.class).getStyleClass()).contains("desk-panel-later");
        assertThat(workspaces.shows(Workspace.TRADING, Panel.LADDER)).as("its place is kept").isTrue();
    }

    @Test
    void the_rest_is_built_once_each_with_the_restored_tab(FxRobot robot) throws Exception {
        robot.interact(() -> workspaces.restore(SavedLayout.of(new EnumMap<>(Workspace.class), Workspace.TRADING,
                Map.of("charts-tabs", "charts-depth"), Map.of())));

        robot.interact(workspaces::buildTheRest);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup(".desk-panel-later").queryAll().isEmpty()).get());

        assertThat(builds.keySet()).containsAll(Workspace.TRADING.panels());
        assertThat(builds.values()).allMatch(count -> count == 1);
        assertThat(workspaces.layout().chosenTabs()).containsEntry("charts-tabs", "charts-depth");
        assertThat(Optional.ofNullable(robot.lookup("#charts-tabs").queryAs(TabPane.class))
                .map(tabs -> tabs.getSelectionModel().getSelectedItem().getId())).contains("charts-depth");
    }
}
