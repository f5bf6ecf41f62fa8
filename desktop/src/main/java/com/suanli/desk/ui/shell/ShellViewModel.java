package com.suanli.desk.ui.shell;

import com.suanli.desk.ui.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** State of the workstation's frame: title, current workspace and the status bar's fields. */
public final class ShellViewModel {

    static final String PRODUCT = "Suanli Desk";
    static final String TAGLINE = "compute futures";
    static final String READY = "Ready";

    /** Date, time and UTC offset: unambiguous for a desk that trades Shanghai hours from anywhere. */
    private static final DateTimeFormatter CLOCK_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final String version;
    private final Path database;
    private final Clock clock;
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>(this, "workspace", Workspace.TRADING);
    private final ReadOnlyObjectWrapper<EngineState> engineState =
            new ReadOnlyObjectWrapper<>(this, "engineState", EngineState.OFFLINE);
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", READY);

    public ShellViewModel(String version, Path database, Clock clock) {
        this.version = Objects.requireNonNull(version, "version");
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        refreshClock();
    }

    public String title() {
        return PRODUCT + " — " + TAGLINE + " " + version;
    }

    /** The workspace on screen; the view writes it from menus and toggles, the wiring may too. */
    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public ReadOnlyObjectProperty<EngineState> engineStateProperty() {
        return engineState.getReadOnlyProperty();
    }

    /** Called by the engine wiring, on the FX thread, when the engine changes state. */
    public void engineStateChanged(EngineState state) {
        engineState.set(Objects.requireNonNull(state, "state"));
    }

    public String databaseText() {
        return "DB " + database;
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** Re-reads the clock; the view calls it once a second. */
    public void refreshClock() {
        clockText.set(CLOCK_FORMAT.format(clock.instant().atZone(clock.getZone())));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The latest thing the desk has to tell the user, e.g. a rejected order's reason. */
    public void showMessage(String text) {
        Objects.requireNonNull(text, "text");
        message.set(text.isBlank() ? READY : text.strip());
    }

    public About about() {
        String runtime = "Java " + System.getProperty("java.runtime.version", "unknown")
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "unknown");
        return new About(PRODUCT, version,
                "A trading desk for compute futures and derivatives: GPU-hours and CPU core-hours"
                        + " across China's national compute hubs.",
                runtime);
    }

    /** Every key the shell answers to; the shortcut sheet and the menus read the same enums, so they cannot drift. */
    public List<Shortcut> shortcuts() {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Workspace each : Workspace.values()) {
            shortcuts.add(new Shortcut(each.title() + " workspace", each.accelerator()));
        }
        for (ShellAction action : ShellAction.values()) {
            shortcuts.add(new Shortcut(action.title(), action.accelerator()));
        }
        return List.copyOf(shortcuts);
    }
}
