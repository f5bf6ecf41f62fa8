package com.suanli.desk.cli;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.HostSubscriber;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.app.Desk;
import com.suanli.desk.app.OrderlyStop;
import com.suanli.desk.exchange.DatabaseCatalogue;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.DeskListener;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.gateway.FixGateway;
import com.suanli.gateway.GatewayConfig;
import com.suanli.gateway.entry.ClusterOrderEntry;
import com.suanli.gateway.entry.HostOrderEntry;
import com.suanli.gateway.entry.OrderEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code desk gateway --port N}: the desk's exchange (as the workstation runs it: recovered from the
 * database, the day's sessions opened, the recorder writing the tables) with the FIX 4.4 gateway in front,
 * until stopped; with {@code --cluster HOST:PORT,...}, the replicated exchange instead (docs/CLUSTER.md),
 * followed through the gateway's mirror. The desk's users log on with their passwords (docs/FIX.md).
 */
@Command(name = "gateway", header = "run the desk's exchange with the FIX 4.4 gateway in front (docs/FIX.md)",
        description = {"Recovers the desk's exchange from the database, opens the day's trading and accepts",
                "FIX 4.4 sessions on PORT until Ctrl-C. Clients log on with a desk user's login and",
                "password (Username 553, Password 554); each trades the accounts its role allows."})
final class GatewayCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--port", required = true, paramLabel = "PORT", description = "the TCP port FIX clients connect to")
    private int port;

    @Option(names = "--allow-others", description = "accept clients on other machines (default: this machine only)")
    private boolean allowOthers;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "20000",
            description = "the most messages a session may send in one second (default ${DEFAULT-VALUE})")
    private int rate;

    @Option(names = "--max-open-orders", paramLabel = "N", defaultValue = "10000",
            description = "the most orders a session may have working (default ${DEFAULT-VALUE})")
    private int maxOpenOrders;

    @Option(names = "--cluster", paramLabel = "HOST:PORT,...",
            description = {"in front of the replicated exchange instead: its members' client ingress endpoints, in",
                    "member-id order (docs/CLUSTER.md); the database then gives only the users"})
    private String cluster;

    /** How long a signalled gateway waits for its closes (the exchange's journal, then the database) before it ends. */
    private static final Duration SIGNALLED_CLOSE = Duration.ofSeconds(60);

    /** How long the gateway waits for the cluster's leader and for its mirror to catch up at start. */
    private static final Duration CLUSTER_WAIT = Duration.ofSeconds(60);

    @Option(names = "--order-register", paramLabel = "FILE",
            description = "name the sessions' orders in FILE, so that a restarted gateway takes back the working ones")
    private Path orderRegister;

    private final CliContext context;

    GatewayCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        GatewayConfig config = config();
        StoreAddress address = database.address(context);
        FileKey key = database.key(context, address);
        // Released by Ctrl-C or SIGTERM; the JVM then waits for the closes in order, the database's last.
        CountDownLatch stop = new CountDownLatch(1);
        try (OrderlyStop signalled = OrderlyStop.install(stop::countDown, SIGNALLED_CLOSE)) {
            if (cluster != null) {
                ClientConfig client = ClientConfig.ofMembers(ClientConfig.freshClientId(), cluster);
                try (DeskStore store = DeskStore.open(address, key);
                     ClusterOrderEntry entry = ClusterOrderEntry.connect(client, CatalogueJson.readDefault(),
                             CLUSTER_WAIT)) {
                    entry.tellNewLeaders(notice -> context.out().println("desk gateway: " + notice));
                    serve(entry, new UserDirectory(store), config, "the replicated exchange at " + cluster, stop);
                }
            } else {
                try (DatabaseCatalogue catalogue = new DatabaseCatalogue(address, key);
                     ExchangeStartup startup = ExchangeStartup.of(catalogue, Clock.system(Desk.EXCHANGE_ZONE))) {
                    DeskExchange exchange = startup.start().exchange();
                    serve(entry(exchange), new UserDirectory(catalogue.database()), config, "the desk on " + address,
                            stop);
                }
            }
            // Before the stop hook is released: once it is, a signalled JVM ends.
            context.out().println("desk gateway: stopped, the database " + address + " closed");
        }
        return DeskCli.EXIT_OK;
    }

    /** The gateway in front of {@code entry} until {@code stop} is released (Ctrl-C). */
    private void serve(OrderEntry entry, UserDirectory users, GatewayConfig config, String exchange,
            CountDownLatch stop) throws InterruptedException {
        try (FixGateway gateway = FixGateway.start(entry, users::signIn, config)) {
            context.out().println("desk gateway: FIX 4.4 on " + config.bindAddress() + ":" + config.port()
                    + " as " + config.senderCompId() + " for " + exchange + " (Ctrl-C stops)");
            stop.await();
        }
    }

    /** The options as the gateway's configuration; a refusal names the option as typed. */
    private GatewayConfig config() {
        try {
            GatewayConfig config = GatewayConfig.defaults(port).withLimits(rate, maxOpenOrders)
                    .withBindAddress(allowOthers ? "0.0.0.0" : "127.0.0.1");
            return orderRegister == null ? config : config.withOrderRegister(orderRegister);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^port:", "--port:")
                    .replaceFirst("^messagesPerSecond:", "--rate:")
                    .replaceFirst("^maxOpenOrders:", "--max-open-orders:"), e);
        }
    }

    /**
     * The desk's exchange as the gateway's order entry: each command takes its turn with the desk's other
     * producers (the live simulation) so that no stamp goes back in time.
     */
    private static OrderEntry entry(DeskExchange exchange) {
        return new HostOrderEntry(exchange.catalogue(), (command, timestamp) -> {
            AtomicReference<CompletableFuture<Acknowledged>> sent = new AtomicReference<>();
            exchange.inTurn(timestamp, time -> sent.set(exchange.submit(command.at(time))));
            return sent.get();
        }, (name, subscriber) -> exchange.subscribe(name, batches(subscriber)), exchange::ask, Clock.systemUTC());
    }

    private static DeskListener batches(HostSubscriber subscriber) {
        return new DeskListener() {
            @Override
            public void onEvents(List<ExchangeEvent> batch) {
                batch.forEach(subscriber::onEvent);
                subscriber.onCaughtUp();
            }

            @Override
            public void onGap(long missed) {
                subscriber.onGap(missed);
            }
        };
    }
}
