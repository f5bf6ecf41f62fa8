package com.suanli.desk.ui;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.practice.PracticeDesk;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.simulation.SimulationSetting;
import com.suanli.desk.ui.text.LanguageSetting;
import com.suanli.desk.ui.trading.PacedRedraw;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.Hub;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a real database for the TestFX tests of the whole desk, registered as a static extension
 * beside TestFX's: the user's own key file is kept out of the class's tests, and after each test the exchange
 * and the database its window was opened on are closed (before TestFX closes the window, as the tests did).
 */
final class DeskWindow implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    /** Monday 1 March 2027 at the open, Shanghai time: the exchange's fixed clock in these tests. */
    static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    /** The Guizhou hub's listing: a desk small enough to see a month on at once. */
    static final Catalogue GUIZHOU = CatalogueJson.readDefault().inHub(Hub.GZ);
    static final String VERSION = "9.8.7";
    static final String DATABASE = "/data/desks/test";

    /** How long a window test waits for the exchange's answer to reach the screen before it fails. */
    static final long ANSWER_WITHIN_SECONDS = 10;

    private DeskStore store;
    private ExchangeStartup exchange;
    private PracticeDesk practice;

    @Override
    public void beforeAll(ExtensionContext context) {
        // The user's own key file must not change what the tests press.
        System.setProperty(WorkstationApp.KEYS_PROPERTY, "/nonexistent/desk-keys.properties");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty(WorkstationApp.KEYS_PROPERTY);
    }

    /** The desk's database at {@code dir}: a test seeds it here, before {@code open} starts the exchange on it. */
    DeskStore openDatabase(Path dir) {
        store = TestDesks.database(dir);
        return store;
    }

    /** Starts {@code catalogue}'s exchange at {@code clock} and opens the window: no database for the panels, no simulation. */
    WorkstationApp open(Stage stage, Supplier<Catalogue> catalogue, Clock clock) {
        return open(stage, catalogue, clock, Optional::empty, SimulationSetting.OFF);
    }

    /** As {@link #open(Stage, Supplier, Clock)}, the panels reaching the database and {@code simulation} behind the window. */
    WorkstationApp open(Stage stage, Supplier<Catalogue> catalogue, Clock clock, SimulationSetting simulation) {
        DeskStore opened = store;
        return open(stage, catalogue, clock, () -> Optional.of(opened), simulation);
    }

    private WorkstationApp open(Stage stage, Supplier<Catalogue> catalogue, Clock clock,
                                Supplier<Optional<DeskStore>> panelsStore, SimulationSetting simulation) {
        exchange = TestDesks.startup(catalogue, store, clock);
        WorkstationApp app = new WorkstationApp(new WorkstationContext(VERSION, DATABASE, clock, exchange,
                new CurrentThreadTaskExecutor(), panelsStore, simulation));
        app.start(stage);
        return app;
    }

    /**
     * Opens the window as {@code ./desk} does on {@code wall}'s day: on a practice desk when the exchange is shut
     * (its database in memory, the real one behind it to leave for), else on the real exchange; the panels reach the
     * database, no simulation unless practising.
     */
    WorkstationApp openOnDay(Stage stage, Supplier<Catalogue> catalogue, Clock wall) {
        exchange = TestDesks.startup(catalogue, store, wall);
        practice = PracticeDesk.whenClosed(wall, catalogue).orElse(null);
        DeskStore opened = store;
        WorkstationApp app = new WorkstationApp(new WorkstationContext(VERSION, DATABASE, wall, exchange,
                new CurrentThreadTaskExecutor(), () -> Optional.of(opened), SimulationSetting.OFF,
                LanguageSetting.UNSTORED, Optional.ofNullable(practice)));
        app.start(stage);
        return app;
    }

    /** The practice desk {@link #openOnDay} opened on, if it did. */
    Optional<PracticeDesk> practice() {
        return Optional.ofNullable(practice);
    }

    /**
     * Waits for the FX thread's events, then for the heavy panels a pulse put off to take their turns
     * ({@link PacedRedraw}): what a test reads on the screen is then the desk's state.
     */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        awaitOnFx("the heavy panels' turns", PacedRedraw::noneWaiting);
    }

    /**
     * Waits until {@code condition}, read on the FX thread, holds: the exchange answers on its own thread and the
     * views follow on the FX thread's next turns, so a test waits for what it checks rather than for a time.
     */
    static void awaitOnFx(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException late) {
            throw new AssertionError(what + ": not within " + ANSWER_WITHIN_SECONDS + " s", late);
        }
    }

    /**
     * Waits up to {@code seconds} for a simulated market to make {@code condition} hold, letting the FX thread run
     * between looks: agents trade on their own clock, so a test waits for what it checks rather than for a time.
     */
    static void awaitMarket(String what, long seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (!condition.getAsBoolean()) {
            throw new AssertionError(what + ": not within " + seconds + " s");
        }
    }

    DeskStore store() {
        return store;
    }

    ExchangeStartup exchange() {
        return exchange;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (practice != null) {
            practice.close();
            practice = null;
        }
        exchange.close();
        store.close();
    }
}
