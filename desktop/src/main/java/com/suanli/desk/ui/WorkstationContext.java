package com.suanli.desk.ui;

import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.practice.PracticeDesk;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.simulation.SimulationSetting;
import com.suanli.desk.ui.text.LanguageSetting;
import com.suanli.desk.ui.text.Texts;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything the workstation is built from, wired by the application before the window opens.
 *
 * @param version the build's version, shown in the title and About
 * @param database where the desk's database lives, as the status bar shows it (a path or tcp://host:port/name)
 * @param clock exchange time for the status bar; its zone is the zone shown
 * @param exchange starts the exchange the desk trades on; run on {@code tasks}, never on the FX thread
 * @param tasks runs work off the FX thread and hands outcomes back to it
 * @param store the desk's database once the engine's start has opened it (empty before, or without one)
 * @param simulation whether a live session starts behind the window, and where that choice is kept
 * @param language the settings file's language and where a new choice is kept (View > Language)
 * @param practice the desk the window opens on instead, the exchange being shut today; the trader may leave it for
 *     this context's real desk
 */
public record WorkstationContext(String version, String database, Clock clock, ExchangeStartup exchange,
                                 TaskExecutor tasks, Supplier<Optional<DeskStore>> store,
                                 SimulationSetting simulation, LanguageSetting language,
                                 Optional<PracticeDesk> practice) {

    /** A desk that opens on its real exchange, whatever the day. */
    public WorkstationContext(String version, String database, Clock clock, ExchangeStartup exchange,
                              TaskExecutor tasks, Supplier<Optional<DeskStore>> store,
                              SimulationSetting simulation, LanguageSetting language) {
        this(version, database, clock, exchange, tasks, store, simulation, language, Optional.empty());
    }

    /** A desk without a database the panels can reach: scenario sets and runs cannot be kept. */
    public WorkstationContext(String version, String database, Clock clock, ExchangeStartup exchange,
                              TaskExecutor tasks) {
        this(version, database, clock, exchange, tasks, Optional::empty);
    }

    /** A desk with no simulation behind the window. */
    public WorkstationContext(String version, String database, Clock clock, ExchangeStartup exchange,
                              TaskExecutor tasks, Supplier<Optional<DeskStore>> store) {
        this(version, database, clock, exchange, tasks, store, SimulationSetting.OFF);
    }

    /** A desk whose language choice is not stored. */
    public WorkstationContext(String version, String database, Clock clock, ExchangeStartup exchange,
                              TaskExecutor tasks, Supplier<Optional<DeskStore>> store, SimulationSetting simulation) {
        this(version, database, clock, exchange, tasks, store, simulation, LanguageSetting.UNSTORED);
    }

    public WorkstationContext {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(practice, "practice");
        if (version.isBlank()) {
            throw new IllegalArgumentException("version: must not be blank");
        }
    }

    /**
     * The practice desk's context: its exchange, clock and database in memory, named as such; the simulated market
     * starts whatever the setting (a practice desk without it has nobody to trade with), and the menu's choice is
     * still kept.
     */
    WorkstationContext practising(PracticeDesk desk) {
        return new WorkstationContext(version, Texts.get("practice.database"), desk.clock(), desk.exchange(), tasks,
                desk::store, new SimulationSetting(true, simulation.stored(), simulation.keep()), language);
    }
}
