package com.suanli.desk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.workspace.Panel;
import com.suanli.desk.ui.workspace.PanelViews;
import com.suanli.desk.ui.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shell with a feature plugged into one panel and a probe in place of quitting the application. */
@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

    private static final String PLUGGED_LADDER = "H100-YRD-2027M03 depth";

    private final AtomicInteger quitRequests = new AtomicInteger();
    private final InstrumentLink link = new InstrumentLink();
    private ShellViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new ShellViewModel("1.0.0", "/data/desk",
                Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai")), link);
        PanelViews panels = panel -> panel == Panel.LADDER
                ? new Label(PLUGGED_LADDER)
                : PanelViews.emptyStates().viewOf(panel);
        ShellView shell = new ShellView(viewModel, panels, quitRequests::incrementAndGet);
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
    void a_feature_view_plugs_into_its_panel_under_the_panels_title(FxRobot robot) {
        TitledPane ladder = robot.lookup("#panel-ladder").queryAs(TitledPane.class);

        assertThat(ladder.getText()).isEqualTo("Ladder");
        assertThat(ladder.getContent()).isInstanceOf(Label.class);
        assertThat(((Label) ladder.getContent()).getText()).isEqualTo(PLUGGED_LADDER);
    }

    @Test
    void a_panel_without_its_feature_says_what_will_appear(FxRobot robot) {
        TitledPane blotter = robot.lookup("#panel-blotter").queryAs(TitledPane.class);

        assertThat(robot.from(blotter.getContent()).lookup(".label").queryAllAs(Label.class))
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
