package com.suanli.desk.app;

import com.suanli.exchange.listing.BusinessDays;
import com.suanli.cluster.client.ClientConfig;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.cli.CliContext;
import com.suanli.desk.cli.DeskSettings;
import com.suanli.desk.cli.DeskCli;
import com.suanli.desk.exchange.DatabaseCatalogue;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.practice.PracticeDesk;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.task.WorkerTaskExecutor;
import com.suanli.desk.ui.WorkstationApp;
import com.suanli.desk.ui.WorkstationContext;
import com.suanli.desk.ui.simulation.SimulationSetting;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.LanguageSetting;
import com.suanli.desk.ui.text.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import javafx.application.Platform;

/**
 * Entry point of {@code ./desk}. It deliberately does not extend {@code Application}: JavaFX then
 * runs from a plain classpath, and the command line never starts the FX toolkit.
 */
public final class Desk {

    /** The exchange is in Shanghai: the desk's clock shows exchange time. */
    public static final ZoneId EXCHANGE_ZONE = BusinessDays.EXCHANGE_ZONE;

    /** How long a connected desk waits for the cluster's leader and for its mirror to catch up. */
    private static final Duration CLUSTER_WAIT = Duration.ofSeconds(60);
    /**
     * How long a desk stopped by a signal waits for its closes: the exchange's last snapshot is the longest of them
     * (seconds on a big book under load); systemd waits 90 s before it kills.
     */
    private static final Duration SIGNALLED_CLOSE = Duration.ofSeconds(60);

    private static final int EXIT_OK = 0;
    private static final int EXIT_NO_WINDOW = 1;

    private Desk() {
    }

    /** A command runs on the command line; without one (or with only database options) the window opens. */
    public static void main(String[] args) {
        System.exit(DeskCli.run(args, CliContext.ofSystem(System.out, System.err), Desk::openWorkstation));
    }

    private static int openWorkstation(StoreAddress database, FileKey key, boolean simulation, Language language,
                                       Optional<ClientConfig> cluster) {
        return openWorkstation(database, key, simulation, language, cluster, Clock.system(EXCHANGE_ZONE));
    }

    /** The same on {@code exchangeClock}: the tests' way to open a trading day's desk on a weekend. */
    static int openWorkstation(StoreAddress database, FileKey key, boolean simulation, Language language,
                               Optional<ClientConfig> cluster, Clock exchangeClock) {
        // Before the first window: the screens read their words as they are built.
        Texts.use(language);
        // Outermost: a signal's stop waits for every close below, the database's last.
        try (OrderlyStop signalled = OrderlyStop.install(Platform::exit, SIGNALLED_CLOSE).catchingSignals();
             DatabaseCatalogue catalogue = new DatabaseCatalogue(database, key)) {
            WorkstationContext context = workstation(database, catalogue, simulation, cluster, exchangeClock);
            // Closed in reverse: the worker stops, then the exchange (journal, recorder), then the database.
            try (ExchangeStartup exchange = context.exchange(); TaskExecutor tasks = context.tasks();
                 PracticeDesk practice = context.practice().orElse(null)) {
                // The database opens and the exchange recovers while the FX toolkit starts and the window is built:
                // the practice desk's, when the window opens on it (the real one starts if the trader leaves it).
                context.practice().map(PracticeDesk::exchange).orElse(exchange).startEarly();
                WorkstationApp.open(context);
            } catch (RuntimeException e) {
                Throwable cause = rootCause(e);
                System.err.println("desk: cannot open the workstation window: " + cause.getMessage());
                // No display is the user's setup and one line says it all; anything else is a bug to report.
                if (!(cause instanceof UnsupportedOperationException)) {
                    e.printStackTrace();
                }
                return EXIT_NO_WINDOW;
            }
        }
        return EXIT_OK;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The workstation on the database: the exchange starts (off the FX thread) on the catalogue the database
     * holds, its engine inside the exchange host on that database, so what the desk trades is kept; or, with a
     * {@code cluster}, on the replicated exchange, the database keeping the users and settings.
     */
    static WorkstationContext workstation(StoreAddress database, DatabaseCatalogue catalogue, boolean simulation,
                                          Optional<ClientConfig> cluster) {
        return workstation(database, catalogue, simulation, cluster, Clock.system(EXCHANGE_ZONE));
    }

    /**
     * The same on {@code exchangeClock}: on a day the exchange is shut the window opens on a practice desk
     * ({@link PracticeDesk}) over the database's catalogue. Not a connected desk's: the members' market is theirs to
     * open.
     */
    static WorkstationContext workstation(StoreAddress database, DatabaseCatalogue catalogue, boolean simulation,
                                          Optional<ClientConfig> cluster, Clock exchangeClock) {
        Path home = Path.of(System.getProperty("user.home"));
        ExchangeStartup exchange = cluster
                .map(client -> ExchangeStartup.connected(catalogue::database, exchangeClock, client, CLUSTER_WAIT))
                .orElseGet(() -> ExchangeStartup.of(catalogue, exchangeClock));
        return new WorkstationContext(DeskVersion.current(), database.shown(), exchangeClock, exchange,
                new WorkerTaskExecutor("desk-worker", Platform::runLater), catalogue::store,
                new SimulationSetting(simulation, DeskSettings.simulation(home),
                        choice -> DeskSettings.storeSimulation(home, choice)),
                new LanguageSetting(DeskSettings.language(home), choice -> DeskSettings.storeLanguage(home, choice)),
                cluster.isPresent() ? Optional.empty() : PracticeDesk.whenClosed(exchangeClock, catalogue));
    }
}
