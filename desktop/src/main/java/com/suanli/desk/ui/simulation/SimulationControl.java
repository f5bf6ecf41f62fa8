package com.suanli.desk.ui.simulation;

import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.simulation.DeskSimulation;
import com.suanli.desk.simulation.MonitoringListener;
import com.suanli.desk.simulation.NothingTradesToday;
import com.suanli.desk.simulation.SimulationStatus;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.record.ConfigText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * through {@code uiThread}. A start's work (the session stopped before it, its configuration read, its
 * listing, agents and recording made) runs on a thread of its own, so that the window answers meanwhile; the
 * session is the menu's once it runs, and a stop, a newer start or the close takes over one still starting.
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
    private volatile DeskSimulation running;
    /** A session still starting, until it runs (then {@link #running}) or a stop, start or close takes it over. */
    private CompletableFuture<DeskSimulation> starting;
    /** The last stop the menu asked for, done once that session has stopped (its status told after). */
    private CompletableFuture<Void> stopped = CompletableFuture.completedFuture(null);
    /** Which start a status comes from: a late word of a replaced session is not shown. */
    private long starts;
    /** Told the contracts of each session once it runs (FX thread): the market watch puts them first. */
    private Consumer<List<ContractSpec>> listings = contracts -> { };

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
        // With a session running, starting or stopping, a configuration that is refused must leave it be: it is read
        // here first. With none, a refusal has nothing to change, and the start's own thread reads it: the desk's
        // first start reads the calm month there (50-110 ms of CPU, cold) while the FX thread lists the market.
        boolean idle = running == null && starting == null && stopped.isDone();
        Supplier<ConfigText> chosen;
        if (idle) {
            chosen = config;
        } else {
            try {
                ConfigText read = config.get();
                chosen = () -> read;
            } catch (RuntimeException refused) {
                messages.accept(Texts.format("simulation.not-started", RefusalWords.failure(refused)));
                return;
            }
        }
        long start = ++starts;
        Runnable before = takeOver();
        DeskExchange market = exchange;
        CompletableFuture<DeskSimulation> launched = CompletableFuture.supplyAsync(() -> {
            before.run();
            return DeskSimulation.recorded(market, database.get(), chosen.get(), SEED, clock, monitoring,
                    next -> uiThread.execute(() -> {
                        if (start == starts) {
                            show(next);
                        }
                    }));
        }, task -> daemon(task, "desk-simulation-start"));
        starting = launched;
        launched.whenCompleteAsync((simulation, refused) -> {
            if (starting != launched) {
                return;
            }
            starting = null;
            if (refused != null) {
                Throwable cause = refused instanceof CompletionException ? refused.getCause() : refused;
                messages.accept(Texts.format("simulation.not-started", cause instanceof NothingTradesToday none
                        ? Texts.format("simulation.nothing-trades", none.session(), none.day().toString(),
                        none.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Texts.locale()))
                        : RefusalWords.failure(cause)));
            } else {
                running = simulation;
                listings.accept(simulation.session().session().listing().contracts());
            }
        }, uiThread);
    }

    /**
     * Takes the session running and the one starting from the menu: the returned work, run off the FX thread, waits
     * for a stop under way and stops both, the one running told as stopped unless a newer start has spoken since.
     */
    private Runnable takeOver() {
        DeskSimulation previous = running;
        CompletableFuture<DeskSimulation> unfinished = starting;
        CompletableFuture<Void> stopping = stopped;
        running = null;
        starting = null;
        long start = starts;
        return () -> {
            stopping.join();
            if (previous != null) {
                previous.stop();
                uiThread.execute(() -> {
                    if (start == starts) {
                        show(previous.status());
                    }
                });
            }
            stopStarted(unfinished);
        };
    }

    /** Stops the session {@code unfinished} started, once it has; one that failed to start has nothing to stop. */
    private static void stopStarted(CompletableFuture<DeskSimulation> unfinished) {
        if (unfinished != null) {
            DeskSimulation simulation = unfinished.handle((started, refused) -> started).join();
            if (simulation != null) {
                simulation.stop();
            }
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
        if (running == null && starting == null) {
            return;
        }
        DeskSimulation stopping = running;
        CompletableFuture<DeskSimulation> unfinished = starting;
        running = null;
        starting = null;
        if (stopping != null && isLive(stopping.status())) {
            show(stopping.status().stopping());
        }
        long start = starts;
        stopped = CompletableFuture.runAsync(() -> {
            if (stopping != null) {
                stopping.stop();
            }
            // A session still starting is stopped once it runs; it tells its own status.
            stopStarted(unfinished);
        }, task -> daemon(task, "desk-simulation-stop"));
        // Told on the FX thread, never waited for there: a start may be waiting for the stop itself.
        stopped.thenRunAsync(() -> {
            if (start == starts && stopping != null) {
                show(stopping.status());
            }
        }, uiThread);
    }

    /** {@code listener} is told the contracts of each session that comes to run, on the FX thread. */
    public void onListed(Consumer<List<ContractSpec>> listener) {
        listings = Objects.requireNonNull(listener, "listener");
    }

    /** The stored choice to start a session when the desk opens; a settings file that cannot be written is said. */
    public void keepAtStart(boolean choice) {
        try {
            setting.keep().accept(choice);
        } catch (RuntimeException refused) {
            messages.accept(Texts.format("simulation.setting-not-kept", RefusalWords.failure(refused)));
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

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
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

    /** Stops the session, running or still starting, before the exchange closes; waits for it. */
    @Override
    public void close() {
        takeOver().run();
    }
}
