package com.suanli.desk.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

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

@ExtendWith(ApplicationExtension.class)
class HiddenTabsTest {

    private Label working;
    private Label fills;
    private Label rejects;
    private TabPane tabs;

    @Start
    void show(Stage stage) {
        working = new Label("working orders");
        fills = new Label("fills");
        rejects = new Label("rejects");
        tabs = new TabPane(new Tab("Working", working), new Tab("Fills", fills), new Tab("Rejects", rejects));
        HiddenTabs.untilChosen(tabs);
        stage.setScene(new Scene(tabs, 400, 300));
        stage.show();
    }

    @Test
    void the_first_show_has_only_the_chosen_tabs_content_in_the_scene(FxRobot robot) {
        assertThat(working.getScene()).isNotNull();
        assertThat(fills.getScene()).as("a hidden tab's table is neither styled nor laid out").isNull();
        assertThat(rejects.getScene()).isNull();
        assertThat(tabs.getTabs().get(1).getContent()).isNull();
    }

    @Test
    void a_tab_chosen_shows_its_own_content_and_keeps_it_when_another_is_chosen(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(1));

        assertThat(tabs.getTabs().get(1).getContent()).isSameAs(fills);
        assertThat(fills.getScene()).isNotNull();
        assertThat(rejects.getScene()).as("still never chosen").isNull();

        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(tabs.getTabs().get(1).getContent()).isSameAs(fills);
        assertThat(tabs.getTabs().get(0).getContent()).isSameAs(working);
    }

    @Test
    void a_tab_chosen_by_clicking_its_header_shows_its_content(FxRobot robot) {
        robot.clickOn("Rejects");

        assertThat(robot.lookup(".label").queryAllAs(Label.class)).contains(rejects);
    }
}
