package com.suanli.desk.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.simulation.MonitoringListener;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a connected desk the Simulation menu offers no start: every bundled configuration and the configuration file
 * are disabled, and pointing at one says why in a tooltip, in English and in Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectedSimulationMenuTest {

    private static final List<String> STARTS = List.of("menu-simulation-calm-month", "menu-simulation-scarcity-squeeze",
            "menu-simulation-expiry-week", "menu-simulation-outage-wave", "menu-simulation-file");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void speakEnglishAgain() {
        Texts.use(Language.ENGLISH);
    }

    private Menu show(FxRobot robot, Language language) {
        Texts.use(language);
        SimulationControl control = new SimulationControl(Clock.systemUTC(), Runnable::run, message -> { },
                SimulationSetting.OFF, Optional::empty, MonitoringListener.NONE, true);
        Menu menu = SimulationMenu.of(control, () -> stage);
        robot.interact(() -> {
            stage.setScene(new Scene(new MenuBar(menu), 600, 400));
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
        // Opened as the user opens it: a click on its title, in a window that has the focus (tooltips need it).
        robot.clickOn(Texts.get("simulation.menu"));
        WaitForAsyncUtils.waitForFxEvents();
        return menu;
    }

    @Test
    void english_start_items_are_disabled_and_their_tooltip_says_why() throws TimeoutException {
        startsAreRefused(new FxRobot(), Language.ENGLISH, "No simulation on a connected desk: its agents would trade "
                + "the replicated exchange that every connected desk shares");
    }

    @Test
    void chinese_start_items_are_disabled_and_their_tooltip_says_why() throws TimeoutException {
        startsAreRefused(new FxRobot(), Language.CHINESE,
                "已连接的交易台不运行模拟：模拟的交易者会在所有已连接交易台共用的复制交易所中交易");
    }

    private void startsAreRefused(FxRobot robot, Language language, String why) throws TimeoutException {
        Menu menu = show(robot, language);

        assertThat(menu.getItems()).filteredOn(item -> item.getId() != null && STARTS.contains(item.getId()))
                .hasSize(STARTS.size()).allSatisfy(item -> assertThat(item.isDisable()).as(item.getId()).isTrue());
        assertThat(menu.getItems()).filteredOn(item -> "menu-simulation-pause".equals(item.getId()))
                .singleElement().extracting(MenuItem::isDisable).isEqualTo(true);

        MenuItem calmMonth = item(menu, STARTS.get(0));
        MenuItem pause = item(menu, "menu-simulation-pause");
        // Pointed at and held still, as a user does; moved onto it again until the tooltip's delay has passed.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            // From another item: the pointer may rest there already from the test before, and a tooltip waits
            // for the pointer to move onto its node.
            robot.moveTo(pause.getStyleableNode()).moveTo(calmMonth.getStyleableNode());
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            return shownTooltip().isPresent();
        });

        assertThat(shownTooltip()).get().extracting(Tooltip::getText).isEqualTo(why);
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static Optional<Tooltip> shownTooltip() {
        return Window.getWindows().stream().filter(window -> window instanceof Tooltip && window.isShowing())
                .map(Tooltip.class::cast).findFirst();
    }
}
