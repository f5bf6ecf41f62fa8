package com.suanli.desk.ui.simulation;

import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.simulation.DeskSimulation;
import com.suanli.desk.simulation.MonitoringListener;
import com.suanli.desk.simulation.SimulationStatus;
import com.suanli.desk.ui.text.Texts;
import com.suanli.sessions.record.ConfigText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The live session behind the window: started with the calm month when the exchange runs (if the setting
 * says so), then paused, resumed, sped up, stopped or replaced from the Simulation menu. Its status
 * reaches the status bar in words. FX thread, except the status, which arrives from the session's thread
 * through {@code uiThread}.
 */
public final class SimulationControl implements AutoCloseable {

    /** The speeds the menu offers: real time, and faster lives of the same market. */
    public static final List<Double> SPEEDS = List.of(1.0, 10.0, 60.0, 600.0);
    /** A live session's seed: the same agents at every start. */
    static final long SEED = 1;

    private final Clock clock;
    private final Executor uiThread;
    private final Consumer<String> messages;
    private final SimulationSetting setting;
    private final Supplier<Optional<DeskStore>> store;
    private final MonitoringListener monitoring;
    private final boolean connected;
    private final ReadOnlyObjectWrapper<SimulationStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", SimulationStatus.OFF);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private DeskExchange exchange;
    private DeskSimulation running;
    /** The last stop the menu asked for, done once that session has stopped (its status told after). */
    private CompletableFuture<Void> stopped = CompletableFuture.completedFuture(null);
    /** Which start a status comes from: a late word of a replaced session is not shown. */
    private long starts;

    /**
     * @param clock the desk's exchange clock: the session's day and its commands' time
     * @param messages where a refusal is said (the status bar's message)
     * @param store the desk's database, where the session's monitoring is kept
     * @param monitoring the screens that show the monitoring, told on {@code uiThread}
     * @param connected whether the desk is a workstation of the replicated exchange ({@code desk --connect}), where
     *     no session is started: its agents would trade the market every connected desk shares, driven from one desk
     */
    public SimulationControl(Clock clock, Executor uiThread, Consumer<String> messages, SimulationSetting setting,
                             Supplier<Optional<DeskStore>> store, MonitoringListener monitoring, boolean connected) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.setting = Objects.requireNonNull(setting, "setting");
        this.store = Objects.requireNonNull(store, "store");
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring").on(uiThread);
        this.connected = connected;
        status.addListener((property, before, after) -> statusText.set(after.text()));
    }

    /** The exchange runs: the session starts on it if the setting says so. */
    public void exchangeRunning(DeskExchange started, Supplier<ConfigText> atStart) {
        this.exchange = Objects.requireNonNull(started, "started");
        if (setting.atStart()) {
            start(atStart);
        }
    }

    /**
     * Stops the session running, if any, and starts {@code config}'s; a refusal is said, nothing else changes. A
     * connected desk refuses every start here, whatever menu or setting asked.
     */
    public void start(Supplier<ConfigText> config) {
        if (connected) {
            messages.accept(Texts.get("simulation.connected"));
            return;
        }
        if (exchange == null) {
            messages.accept(Texts.get("simulation.exchange-not-running"));
            return;
        }
        Optional<DeskStore> database = store.get();
        if (database.isEmpty()) {
            messages.accept(Texts.get("simulation.noDatabase"));
            return;
        }
        ConfigText chosen;
        try {
            chosen = config.get();
        } catch (RuntimeException refused) {
            messages.accept(Texts.format("simulation.not-started", refused.getMessage()));
            return;
        }
        stopRunning();
        long start = ++starts;
        try {
            running = DeskSimulation.recorded(exchange, database.get(), chosen, SEED, clock, monitoring,
                    next -> uiThread.execute(() -> {
                        if (start == starts) {
                            show(next);
                        }
                    }));
        } catch (RuntimeException refused) {
            messages.accept(Texts.format("simulation.not-started", refused.getMessage()));
        }
    }

    public void pause() {
        current().ifPresent(DeskSimulation::pause);
    }

    public void resume() {
        current().ifPresent(DeskSimulation::resume);
    }

    public void setSpeed(double speed) {
        current().ifPresent(simulation -> simulation.setSpeed(speed));
    }

    /**
     * Stops the session; the agents' resting orders stay in the market. The FX thread does not wait for its last
     * step and its recording: the status says it is stopping at once, and stopped once it has, from a thread of
     * its own.
     */
    public void stop() {
        if (running == null) {
            return;
        }
        DeskSimulation stopping = running;
        running = null;
        if (isLive(stopping.status())) {
            show(stopping.status().stopping());
        }
        long start = starts;
        stopped = CompletableFuture.runAsync(stopping::stop, task -> {
            Thread thread = new Thread(task, "desk-simulation-stop");
            thread.setDaemon(true);
            thread.start();
        });
        // Told on the FX thread, never waited for there: a start may be waiting for the stop itself.
        stopped.thenRunAsync(() -> {
            if (start == starts) {
                show(stopping.status());
            }
        }, uiThread);
    }

    /** The stored choice to start a session when the desk opens; a settings file that cannot be written is said. */
    public void keepAtStart(boolean choice) {
        try {
            setting.keep().accept(choice);
        } catch (RuntimeException refused) {
            messages.accept(Texts.format("simulation.setting-not-kept", refused.getMessage()));
        }
    }

    /** Whether no session can start here: the desk is connected to the replicated exchange. */
    public boolean connected() {
        return connected;
    }

    public boolean storedAtStart() {
        return setting.stored();
    }

    /** The running (or paused) session. */
    public Optional<DeskSimulation> current() {
        return Optional.ofNullable(running).filter(simulation -> isLive(simulation.status()));
    }

    /** The running session's day on its own clock, once it has joined the market. */
    public Optional<LocalDate> sessionDay() {
        return current().map(simulation -> simulation.session().day());
    }

    public ReadOnlyObjectProperty<SimulationStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status bar's words: blank before any session, then e.g. {@code Simulation calm-month running ×60}. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Waits for a stop under way, then stops the session running, if any: a start or the desk's close. */
    private void stopRunning() {
        stopped.join();
        if (running != null) {
            DeskSimulation stopping = running;
            running = null;
            stopping.stop();
            show(stopping.status());
        }
    }

    private void show(SimulationStatus next) {
        status.set(next);
        if (next.state() == SimulationStatus.State.FAILED) {
            messages.accept(next.text());
        }
    }

    private static boolean isLive(SimulationStatus status) {
        return status.state() == SimulationStatus.State.RUNNING || status.state() == SimulationStatus.State.PAUSED;
    }

    /** Stops the session before the exchange closes. */
    @Override
    public void close() {
        stopRunning();
    }
}
