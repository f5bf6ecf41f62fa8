package com.suanli.desk.ui.shell;

import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.desk.practice.PracticeDay;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.workspace.Workspace;
import com.suanli.exchange.listing.ContractSpec;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the workstation's frame: title, current workspace and the status bar's fields. */
public final class ShellViewModel {

    /** Date, time and UTC offset: unambiguous for a desk that trades Shanghai hours from anywhere. */
    private static final DateTimeFormatter CLOCK_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final String version;
    private final String database;
    private final Clock clock;
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>(this, "workspace", Workspace.TRADING);
    private final ReadOnlyObjectWrapper<EngineState> engineState =
            new ReadOnlyObjectWrapper<>(this, "engineState", EngineState.OFFLINE);
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText");
    private final ReadOnlyStringWrapper engineText =
            new ReadOnlyStringWrapper(this, "engineText", EngineState.OFFLINE.label());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", Texts.get("shell.ready"));
    private final ReadOnlyStringWrapper instrumentText = new ReadOnlyStringWrapper(this, "instrumentText");
    private final StringProperty simulationText = new SimpleStringProperty(this, "simulationText", "");
    private final List<Shortcut> featureShortcuts = new ArrayList<>();
    private final ReadOnlyStringWrapper practiceText = new ReadOnlyStringWrapper(this, "practiceText", "");
    /** The day the window practises on, while it does; null on the real desk. */
    private PracticeDay practice;
    /** The wall clock in exchange time, which says when the real exchange opens again; null on the real desk. */
    private Clock wall;

    /**
     * @param database the database as the status bar names it: its path, or its server address
     * @param link the workstation's chosen instrument, which the status bar names
     */
    public ShellViewModel(String version, String database, Clock clock, InstrumentLink link) {
        this.version = Objects.requireNonNull(version, "version");
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(link, "link");
        instrumentText.bind(Bindings.createStringBinding(
                () -> link.selectedInstrument().map(ContractSpec::symbol).orElseGet(() -> Texts.get("shell.no-instrument")),
                link.selectedInstrumentProperty()));
        refreshClock();
    }

    public String title() {
        String title = Texts.format("shell.title", Texts.get("app.title"), version);
        return practice == null ? title : Texts.format("shell.title-practice", title, shown(practice.reopens()));
    }

    /**
     * The window shows the practice desk of {@code day} (before the title is read, FX thread): the title, the
     * banner and the engine's words say so; {@code wall}, the real exchange time, turns the banner to "open" once
     * the real exchange trades again.
     */
    public void practise(PracticeDay day, Clock wall) {
        this.practice = Objects.requireNonNull(day, "day");
        this.wall = Objects.requireNonNull(wall, "wall");
        refreshPractice();
    }

    /** The practice banner's words; blank on the real desk. */
    public ReadOnlyStringProperty practiceTextProperty() {
        return practiceText.getReadOnlyProperty();
    }

    /** The practice desk's second line: what is traded there, and with what. */
    public String practiceDetail() {
        return practice == null ? "" : Texts.format("practice.detail", shown(practice.reopens()));
    }

    private void refreshPractice() {
        if (practice == null) {
            return;
        }
        boolean wasOpen = practiceText.get().equals(reopenedText());
        if (practice.reopened(wall)) {
            practiceText.set(reopenedText());
            if (!wasOpen) {
                // Once, as the wall clock passes midnight into a trading day: the practice goes on until the trader leaves it.
                showMessage(Texts.get("practice.reopened"));
            }
        } else {
            practiceText.set(Texts.format("practice.banner", shown(practice.reopens())));
        }
    }

    private String reopenedText() {
        return Texts.format("practice.banner-reopened", shown(LocalDate.now(wall)));
    }

    private static String shown(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Texts.locale()).format(day);
    }

    /** The workspace on screen; the view writes it from menus and toggles, the wiring may too. */
    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public ReadOnlyObjectProperty<EngineState> engineStateProperty() {
        return engineState.getReadOnlyProperty();
    }

    /** The engine's state in words, e.g. {@code Engine running · 962 instruments · 740 trading}. */
    public ReadOnlyStringProperty engineTextProperty() {
        return engineText.getReadOnlyProperty();
    }

    /** The wiring has begun starting the engine (FX thread). */
    public void engineStarting() {
        engine(EngineState.STARTING, EngineState.STARTING.label());
    }

    /** The engine lists {@code instruments} instruments, {@code trading} of them open today (FX thread). */
    public void engineRunning(int instruments, int trading) {
        engine(EngineState.RUNNING, practice == null
                ? Texts.format("engine.running-count", EngineState.RUNNING.label(), instruments, trading)
                : Texts.format("engine.practice-running-count", instruments, trading, shown(practice.reopens())));
    }

    /**
     * A connected desk's standing with the cluster's members, at its start and at each change (FX thread): the status
     * bar says whether a leader answers, the desk looks for one, or none answers and orders are refused, never
     * "running" over members that are down.
     */
    public void engineConnection(ClusterExchangeClient.Connection connection, int instruments, int trading) {
        switch (connection) {
            case CONNECTED -> engine(EngineState.RUNNING, Texts.format("engine.connected-count", instruments, trading));
            case RECONNECTING -> engine(EngineState.HALTED, Texts.get("engine.reconnecting"));
            case NO_LEADER -> engine(EngineState.HALTED, Texts.get("engine.no-leader"));
        }
    }

    /** The engine could not start; {@code reason} is for the trader, so one plain sentence (FX thread). */
    public void engineFailed(String reason) {
        Objects.requireNonNull(reason, "reason");
        engine(EngineState.FAILED, EngineState.FAILED.label());
        showMessage(Texts.format("engine.did-not-start", reason));
    }

    private void engine(EngineState state, String text) {
        engineState.set(state);
        engineText.set(text);
    }

    /** The chosen instrument's symbol, or that none is chosen. */
    public ReadOnlyStringProperty instrumentTextProperty() {
        return instrumentText.getReadOnlyProperty();
    }

    /** What the simulation behind the window is doing, e.g. {@code Simulation calm-month running ×60}; blank for none. */
    public StringProperty simulationTextProperty() {
        return simulationText;
    }

    public String databaseText() {
        return Texts.format("shell.database", database);
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** Re-reads the clock; the view calls it once a second. */
    public void refreshClock() {
        clockText.set(CLOCK_FORMAT.format(clock.instant().atZone(clock.getZone())));
        refreshPractice();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The latest thing the desk has to tell the user, e.g. a rejected order's reason. */
    public void showMessage(String text) {
        Objects.requireNonNull(text, "text");
        message.set(text.isBlank() ? Texts.get("shell.ready") : text.strip());
    }

    public About about() {
        String unknown = Texts.get("about.unknown");
        String runtime = "Java " + System.getProperty("java.runtime.version", unknown)
                + ", JavaFX " + System.getProperty("javafx.runtime.version", unknown);
        return new About(Texts.get("app.title"), version, Texts.get("about.summary"), runtime);
    }

    /** Every key the shell answers to; the shortcut sheet and the menus read the same enums, so they cannot drift. */
    public List<Shortcut> shortcuts() {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Workspace each : Workspace.values()) {
            shortcuts.add(new Shortcut(Texts.format("shell.workspace-item", each.title()), each.accelerator()));
        }
        for (ShellAction action : ShellAction.values()) {
            shortcuts.add(new Shortcut(action.title(), action.accelerator()));
        }
        shortcuts.addAll(featureShortcuts);
        return List.copyOf(shortcuts);
    }

    /** Keys a feature answers to (the trader's hotkeys), listed on the sheet after the shell's own. */
    public void addShortcuts(List<Shortcut> more) {
        featureShortcuts.addAll(List.copyOf(more));
    }
}
