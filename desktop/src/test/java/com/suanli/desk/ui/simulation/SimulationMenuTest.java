package com.suanli.desk.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import com.suanli.desk.simulation.MonitoringListener;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Simulation menu offers every bundled configuration by name, and a configuration file. */
@ExtendWith(ApplicationExtension.class)
class SimulationMenuTest {

    private Menu menu;

    @Start
    void start(Stage stage) {
        SimulationControl control = new SimulationControl(Clock.systemUTC(), Runnable::run, message -> { },
                SimulationSetting.OFF, Optional::empty, MonitoringListener.NONE, false);
        menu = SimulationMenu.of(control, () -> stage);
        stage.setScene(new Scene(new MenuBar(menu), 400, 200));
        stage.show();
    }

    @Test
    void the_menu_lists_every_bundled_configuration_and_a_file() {
        assertThat(menu.getItems()).extracting(MenuItem::getId).contains("menu-simulation-calm-month",
                "menu-simulation-scarcity-squeeze", "menu-simulation-expiry-week", "menu-simulation-outage-wave",
                "menu-simulation-file");
        assertThat(menu.getItems()).extracting(MenuItem::getText).contains("Start calm month (bundled)",
                "Start scarcity squeeze (bundled)", "Start expiry week (bundled)", "Start outage wave (bundled)",
                "Open configuration file…");
    }
}
