package com.suanli.desk.cli;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.Durability;
import com.suanli.data.host.HostOptions;
import com.suanli.data.host.JournalCheck;
import com.suanli.data.host.JournalLoad;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.app.OrderlyStop;
import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.listing.Catalogue;
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code desk journal load|check}: the exchange host's journal from the operator's side (docs/HOST.md). */
@Command(name = "journal", header = "load the exchange journal, or check it recovers",
        description = {"The exchange host journals every command in the database before it acknowledges it."},
        synopsisSubcommandLabel = "(load | check)")
final class JournalCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    /**
     * Whether the exchange clears, as the desk's does: with {@link ClearingSetup#standard()} over the
     * catalogue unless {@code --no-clearing} (a journal made by an engine without a clearing house).
     */
    static final class ClearingOption {
        @Option(names = "--no-clearing", description = "an exchange without its clearing house (a journal made so)")
        private boolean none;

        Function<ClearingEvents, ClearingHouse> setup(Catalogue catalogue) {
            return none ? null : ClearingSetup.standard().over(catalogue);
        }
    }

    /** {@code journal} with its two commands, each given the command line's context. */
    static CommandLine commandLine(CliContext context) {
        return new CommandLine(new JournalCommand()).addSubcommand(new Load(context)).addSubcommand(new Check(context));
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "journal: needs a command, load or check (see journal --help)");
    }

    /** {@code desk journal load}: a busy seeded session, each acknowledgement printed as it is given. */
    @Command(name = "load", header = "run a busy seeded load, printing each acknowledged journal sequence",
            description = {"Recovers the exchange from the database, then submits seeded commands as fast as",
                    "the host takes them; prints each command's journal sequence once it is durable",
                    "(flushed whenever the load waits). Without --commands it runs until stopped."})
    static final class Load implements Callable<Integer> {

        /** How long a signalled load waits for its closes: as the gateway's. */
        private static final Duration SIGNALLED_CLOSE = Duration.ofSeconds(60);

        @Mixin
        private HelpOption help;

        @Mixin
        private DatabaseOptions database;

        @Option(names = "--seed", paramLabel = "N", required = true, description = "the load's seed")
        private long seed;

        @Option(names = "--commands", paramLabel = "M", description = "how many commands (default: until stopped)")
        private Long commands;

        @Mixin
        private ClearingOption clearing;

        @Option(names = "--durability", paramLabel = "WHAT", defaultValue = "SYNCED",
                description = "SYNCED (commit and fsync, survives a power cut) or WRITTEN (commit only,"
                        + " survives the process being killed); default ${DEFAULT-VALUE}")
        private Durability durability;

        private final CliContext context;

        Load(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws InterruptedException {
            if (commands != null && commands < 0) {
                throw new IllegalArgumentException("--commands: " + commands + " must be 0 or more");
            }
            StoreAddress address = database.address(context);
            PrintStream out = new PrintStream(new BufferedOutputStream(context.out(), 1 << 16), false,
                    StandardCharsets.UTF_8);
            // Ctrl-C or SIGTERM stops the submitting; the JVM then waits for the commands submitted to be
            // acknowledged and printed, the host to close (journal, snapshot) and the database last, as the gateway.
            AtomicBoolean stopped = new AtomicBoolean();
            try (OrderlyStop signalled = OrderlyStop.install(() -> stopped.set(true), SIGNALLED_CLOSE)) {
                try (DeskStore store = DeskStore.open(address, database.key(context, address))) {
                    Catalogue catalogue = CatalogueJson.readDefault();
                    JournalLoad.run(store, catalogue, clearing.setup(catalogue),
                            HostOptions.defaults().withDurability(durability), seed,
                            commands == null ? Long.MAX_VALUE : commands, stopped::get, out);
                } finally {
                    out.flush();
                }
                if (stopped.get()) {
                    // On the error stream: the output is the acknowledged sequences alone, which the crash test reads.
                    context.err().println("desk journal load: stopped, the database " + address + " closed");
                }
            }
            return DeskCli.EXIT_OK;
        }
    }

    /** {@code desk journal check}: recovery beside a full replay. */
    @Command(name = "check", header = "recover the exchange and compare it with a full replay of the journal",
            description = {"Prints the last journal sequence, how many sequence numbers are journalled twice,",
                    "the state hash recovered from the newest snapshot and the journal after it, and the",
                    "hash of a fresh replay of the whole journal. Exit code 1 when they disagree."})
    static final class Check implements Callable<Integer> {

        @Mixin
        private HelpOption help;

        @Mixin
        private DatabaseOptions database;

        @Mixin
        private ClearingOption clearing;

        private final CliContext context;

        Check(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            StoreAddress address = database.address(context);
            try (DeskStore store = DeskStore.open(address, database.key(context, address))) {
                Catalogue catalogue = CatalogueJson.readDefault();
                JournalCheck check = JournalCheck.of(store, catalogue, EngineConfig.defaults(),
                        clearing.setup(catalogue));
                PrintStream out = context.out();
                out.println("last sequence: " + check.lastSequence());
                out.println("duplicated sequences: " + check.duplicatedSequences());
                out.println("snapshot covers: " + check.snapshotSequence());
                out.printf("recovered state hash: %016x%n", check.recoveredHash());
                out.printf("full replay state hash: %016x%n", check.replayedHash());
                out.println(check.consistent() ? "consistent" : "INCONSISTENT");
                return check.consistent() ? DeskCli.EXIT_OK : DeskCli.EXIT_FAILURE;
            }
        }
    }
}
