package com.suanli.desk.ui.simulation;

import com.suanli.desk.simulation.SimulationStatus;
import com.suanli.desk.ui.text.Texts;
import com.suanli.sessions.record.ConfigText;
import com.suanli.sessions.config.SessionConfigJson;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Simulation menu: pause or resume, stop, the speed, start any bundled configuration (calm month,
 * scarcity squeeze, expiry week, outage wave) or a configuration file, and whether the desk starts a session
 * when it opens.
 */
public final class SimulationMenu {

    /** The bundled configuration the desk opens on. */
    public static final Supplier<ConfigText> CALM_MONTH = () -> ConfigText.bundled("calm-month");

    /** A tooltip's width before it wraps its words. */
    private static final double WHY_WIDTH = 360;

    private SimulationMenu() {
    }

    /** @param window the owner of the file chooser */
    public static Menu of(SimulationControl control, Supplier<Window> window) {
        Objects.requireNonNull(control, "control");
        MenuItem pause = new MenuItem(Texts.get("simulation.pause"));
        pause.setId("menu-simulation-pause");
        pause.setOnAction(event -> {
            if (control.statusProperty().get().state() == SimulationStatus.State.PAUSED) {
                control.resume();
            } else {
                control.pause();
            }
        });
        MenuItem stop = new MenuItem(Texts.get("simulation.stop"));
        stop.setId("menu-simulation-stop");
        stop.setOnAction(event -> control.stop());

        ToggleGroup speeds = new ToggleGroup();
        List<RadioMenuItem> speedItems = new ArrayList<>();
        for (double each : SimulationControl.SPEEDS) {
            RadioMenuItem item = new RadioMenuItem(Texts.format(each == 1 ? "simulation.speed-real-time" : "simulation.speed",
                    SimulationStatus.speedText(each)));
            item.setId("menu-simulation-speed-" + (long) each);
            item.setToggleGroup(speeds);
            item.setOnAction(event -> control.setSpeed(each));
            speedItems.add(item);
        }

        List<MenuItem> bundled = new ArrayList<>();
        for (String name : SessionConfigJson.BUNDLED) {
            MenuItem item = new MenuItem(Texts.format("simulation.start.bundled", Texts.get("simulation.config." + name)));
            item.setId("menu-simulation-" + name);
            item.setOnAction(event -> control.start(() -> ConfigText.bundled(name)));
            bundled.add(item);
        }
        MenuItem file = new MenuItem(Texts.get("simulation.open.file"));
        file.setId("menu-simulation-file");
        file.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("simulation.configuration"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("simulation.configuration-json"), "*.json"));
            File chosen = chooser.showOpenDialog(window.get());
            if (chosen != null) {
                control.start(() -> ConfigText.file(chosen.toPath()));
            }
        });

        CheckMenuItem atStart = new CheckMenuItem(Texts.get("simulation.at-start"));
        atStart.setId("menu-simulation-at-start");
        atStart.setSelected(control.storedAtStart());
        atStart.setOnAction(event -> control.keepAtStart(atStart.isSelected()));

        List<MenuItem> starts = new ArrayList<>(bundled);
        starts.add(file);
        Menu menu = new Menu(Texts.get("simulation.menu"), null, pause, stop, new SeparatorMenuItem());
        menu.getItems().addAll(speedItems);
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(bundled);
        menu.getItems().addAll(file, new SeparatorMenuItem(), atStart);
        menu.setId("menu-simulation");
        if (control.connected()) {
            refuseStarts(menu, starts);
        }
        menu.setOnShowing(event -> {
            SimulationStatus status = control.statusProperty().get();
            boolean live = control.current().isPresent();
            pause.setText(Texts.get(status.state() == SimulationStatus.State.PAUSED ? "simulation.resume" : "simulation.pause"));
            pause.setDisable(!live);
            stop.setDisable(!live);
            for (int i = 0; i < speedItems.size(); i++) {
                speedItems.get(i).setDisable(!live);
                speedItems.get(i).setSelected(live && SimulationControl.SPEEDS.get(i) == status.speed());
            }
        });
        return menu;
    }

    /**
     * A connected desk offers no start: each start item is disabled, and says why in a tooltip once the menu has
     * drawn it (a menu item is no node of its own until then). The control refuses a start all the same.
     */
    private static void refuseStarts(Menu menu, List<MenuItem> starts) {
        Tooltip why = new Tooltip(Texts.get("simulation.connected"));
        why.setWrapText(true);
        why.setMaxWidth(WHY_WIDTH);
        starts.forEach(item -> item.setDisable(true));
        menu.setOnShown(event -> starts.forEach(item -> {
            Node drawn = item.getStyleableNode();
            if (drawn != null) {
                Tooltip.install(drawn, why);
            }
        }));
    }
}
