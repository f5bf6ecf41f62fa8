package com.suanli.gateway.load;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.host.Durability;
import com.suanli.data.host.ExchangeHost;
import com.suanli.data.host.HostOptions;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.gateway.FixGateway;
import com.suanli.gateway.GatewayConfig;
import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.member.LocalCluster;
import com.suanli.cluster.member.MemberConfig;
import com.suanli.cluster.member.Transport;
import com.suanli.cluster.service.SnapshotSchedule;
import com.suanli.gateway.entry.ClusterOrderEntry;
import com.suanli.gateway.entry.HostOrderEntry;
import com.suanli.gateway.entry.OrderEntry;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.function.LongSupplier;

/**
 * The gateway's throughput (docs/BENCHMARKS.md, "FIX gateway"): SESSIONS client connections log on as desk
 * users and pipeline NewOrderSingles as fast as their sockets take them, in rounds; a round's rate is its orders
 * whose first ExecutionReport (new, or rejected) came back, per second, and beside it the orders accepted (new) per
 * second: a refused order is answered but not a success. The clients write pre-encoded FIX 4.4 and count replies by
 * scanning the bytes, so the figure is the gateway's (QuickFIX/J acceptor, engine host with its journal on H2) and
 * not a client engine's; their own CPU is given apart. Beside each rate: the CPU time per order of every JVM, which
 * on a loaded machine says what each part costs where the rate only says what share of the cores the run got.
 *
 * <p>The protocol is {@code ClusterBenchmark}'s: the first orders after the start, measured as such; warm-up rounds
 * until every JVM's compilers are quiet, at most {@code -Dload.warmup} orders (1,000,000), and over the cluster past
 * the members' first snapshot (asked for if the warm-up ends before the scheduled one); then {@code -Dload.runs}
 * measured runs (5), each printed with its threads' CPU and allocation an order and its collections, and their
 * median: a slow run's listing read against a fast one's says where the spread comes from.
 *
 * <p>{@code GatewayLoad SESSIONS FIRST_PER_SESSION ORDERS_PER_SESSION_A_RUN DURABILITY KEEP_MESSAGES}; with SESSIONS 0
 * the orders (first as a warm-up, then one run) go straight to the host's order entry, without FIX, for the
 * comparison figure. DURABILITY
 * {@code CLUSTER} (and, sixth, the idle agents' longest park in µs, members and client, {@link Transport#LOOPBACK}'s
 * without it or with {@code -}; seventh, the client's window, commands unacknowledged at most) puts the gateway
 * over three member JVMs on this machine ({@link LocalCluster}, through {@link ClusterOrderEntry}) instead of the
 * in-process host, trading today's contracts, the traders' accounts topped up before every round; the CPU times are
 * then this JVM's (the gateway, its cluster client and mirror, the clients) and, apart, each member's ({@code /proc}),
 * with the cluster messages that carried the orders; {@code -Dload.memberJvm="-XX:... -XX:..."} gives the members
 * further JVM options. Over the cluster this JVM is the gateway as {@code ./desk gateway --cluster} runs it only
 * when started with the same options ({@link DeployedJvm}); a run without them stops at once, unless
 * {@code -Dload.otherJvm=true} says it measures another JVM.
 */
public final class GatewayLoad {

    private static final String PASSWORD = "load-test-password";
    private static final String CLUSTER = "CLUSTER";
    private static final char SOH = '\u0001';
    private static final DateTimeFormatter SENDING = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS");
    /** How often a client with nothing more to send sends a Heartbeat: a third of the 30 s its Logon asks for. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /**
     * The system property with the commands between the members' scheduled snapshots (their default, 1,000,000,
     * without it): each member writes its whole state then, some 57 MB after a million orders, and compiles that
     * code for the first time, which is what brought the members' compilers back at about 900,000 orders of the
     * warm-up (docs/BENCHMARKS.md, "FIX gateway", fix16m); 0 takes none by count.
     */
    static final String SNAPSHOT_EVERY = "load.snapshotEvery";
    /**
     * The system property that lets a cluster run go on in a JVM without the deployed gateway's options
     * ({@link DeployedJvm}): its figure is then another JVM's, as its first line says.
     */
    private static final String OTHER_JVM = "load.otherJvm";
    /** The system property with the members' further JVM options. */
    private static final String MEMBER_JVM = "load.memberJvm";
    /** The measured runs, of which the median and the spread are reported. */
    private static final int RUNS = Integer.getInteger("load.runs", 5);
    /**
     * The most orders before the first measured run, the first orders included: enough for fix16i's 300,000-500,000
     * orders after which the gateway's C2 code is ahead, and within what the gateway keeps in a 3 GB heap (every
     * report for resends, every ClOrdID).
     */
    private static final long WARM_UP = Long.getLong("load.warmup", 1_000_000);
    /**
     * A JVM's compiler threads' CPU an order in a round under which its code counts as compiled: 1 µs is some 5% of
     * what the gateway's JVM spends an order once compiled (19-21 µs) and some 15% of a member's (5.5-9.4), as
     * {@code ClusterBenchmark}'s 0.2 µs a command is of a member's; two rounds in a row, as the JIT works in bursts.
     * At 0.5 the gateway's compilers, 0.4-1.0 µs an order from some 500,000 orders on, never read quiet twice.
     */
    private static final double QUIET_COMPILERS = 1.0;
    /** The most warm-up rounds after the snapshot the warm-up asked for, for the compilers to be quiet again. */
    private static final int AFTER_SNAPSHOT = 3;

    private GatewayLoad() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = Integer.parseInt(args[0]);
        int first = Integer.parseInt(args[1]);
        int perRun = Integer.parseInt(args[2]);
        boolean keep = Boolean.parseBoolean(args[4]);
        Path dir = Files.createTempDirectory("gateway-load");
        try {
            load(args, sessions, first, perRun, keep, dir);
        } finally {
            // The members' archives are some 150 MB each after a million orders: a run leaves nothing behind.
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void load(String[] args, int sessions, int first, int perRun, boolean keep, Path dir)
            throws Exception {
        Catalogue catalogue = CatalogueJson.readDefault();
        LocalDate day = LocalDate.of(2026, 12, 2);
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T02:00:00Z"), ZoneOffset.UTC);
        try (DeskStore store = DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE)) {
            UserDirectory users = new UserDirectory(store);
            users.soleUser("root", 1);
            users.resetPassword("root", PASSWORD.toCharArray());
            for (int s = 0; s < sessions; s++) {
                users.add("load" + s, "Load " + s, UserRole.TRADER, PASSWORD.toCharArray(),
                        List.of(ClusterDesk.account(s)));
            }
            if (CLUSTER.equals(args[3])) {
                // The members are on loopback, so their own transport is LOOPBACK's: the client's egress and
                // ingress take its 64 KB frames too.
                Transport transport = args.length > 5 && !"-".equals(args[5])
                        ? new Transport(Transport.LOOPBACK.mtu(), Duration.ofNanos(1_000L * Integer.parseInt(args[5])))
                        : Transport.LOOPBACK;
                int window = args.length > 6 ? Integer.parseInt(args[6]) : ClientConfig.WINDOW;
                overCluster(dir, users, catalogue, sessions, first, perRun, keep, transport, window);
                return;
            }
            Durability durability = Durability.valueOf(args[3]);
            try (ExchangeHost host = ExchangeHost.start(store, catalogue, EngineConfig.defaults(),
                    HostOptions.defaults().withDurability(durability))) {
                List<ContractSpec> traded = catalogue.contracts().stream().filter(c -> c.isTradable(day)).limit(8)
                        .toList();
                for (ContractSpec contract : traded) {
                    host.submit(new SessionCommand(clock.millis(), contract.instrumentId(),
                            SessionAction.OPEN_CONTINUOUS)).join();
                }
                if (sessions == 0) {
                    direct(HostOrderEntry.over(host, catalogue, clock), first, perRun, traded, durability);
                    return;
                }
                serve(HostOrderEntry.over(host, catalogue, clock), users, sessions, first, perRun, traded,
                        "durability " + durability, keep, null, TopUp.NONE, MemberSnapshots.NONE);
            }
        }
    }

    /** The same load through the gateway over three members on this machine. */
    private static void overCluster(Path dir, UserDirectory users, Catalogue catalogue, int sessions, int first,
                                    int perRun, boolean keep, Transport transport, int window) throws Exception {
        List<String> missing = DeployedJvm.missing();
        if (!missing.isEmpty() && !Boolean.getBoolean(OTHER_JVM)) {
            throw new IllegalStateException("this JVM lacks the deployed gateway's options " + missing + ": run it as"
                    + " ./desk gateway --cluster does, java @" + String.join(" @", DeployedJvm.FILES) + " -cp ..."
                    + " GatewayLoad ..., or say -D" + OTHER_JVM + "=true for a figure of another JVM");
        }
        System.out.println(missing.isEmpty() ? "the gateway's JVM as deployed (" + String.join(", ",
                DeployedJvm.FILES) + "), and " + DeployedJvm.extra() : "NOT the deployed gateway's JVM: without "
                + missing + ", with " + DeployedJvm.extra());
        int portBase = LocalCluster.freePortBase();
        try (LocalCluster cluster = new LocalCluster(dir.resolve("cluster"), portBase,
                MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT)) {
            cluster.onWeekdayClock().jvmOptions(memberJvmOptions())
                    .memberOptions("--idle-park-us", Long.toString(transport.idlePark().toNanos() / 1_000),
                            "--snapshot-every", Long.toString(Long.getLong(SNAPSHOT_EVERY,
                                    SnapshotSchedule.DEFAULT.everyCommands()))).startAll();
            try (ClusterOrderEntry entry = ClusterOrderEntry.connect(cluster.clientConfig(System.currentTimeMillis())
                    .withTransport(transport).withWindow(window, Math.min(ClientConfig.BATCH, window)), catalogue,
                    Duration.ofSeconds(120))) {
                List<ContractSpec> traded = ClusterDesk.open(entry, sessions, 8);
                serve(entry, users, sessions, first, perRun, traded, "three members, idle park "
                        + transport.idlePark().toNanos() / 1_000 + " us, client window " + window, keep,
                        () -> entry.mirror().messagesApplied(), round -> ClusterDesk.topUp(entry, sessions, round),
                        new MemberSnapshots() {
                            @Override
                            public List<String> taken() throws IOException {
                                return cluster.snapshotsTaken();
                            }

                            @Override
                            public void take() throws IOException, InterruptedException {
                                entry.client().takeSnapshot().join();
                                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                                // A follower far behind the log takes it when it gets there: the run it falls in
                                // says so.
                                while (cluster.snapshotsTaken().size() < LocalCluster.MEMBERS
                                        && System.nanoTime() < deadline) {
                                    Thread.sleep(20);
                                }
                            }
                        });
            }
        }
    }

    /**
     * The members' JVM options beyond {@link LocalCluster}'s own, from the system property {@value #MEMBER_JVM}
     * (separated by spaces; none without it): the members' JIT and collector measured beside the gateway's.
     */
    private static String[] memberJvmOptions() {
        String options = System.getProperty(MEMBER_JVM, "").strip();
        return options.isEmpty() ? new String[0] : options.split("\\s+");
    }

    /**
     * Starts the gateway in front of {@code entry} and runs the sessions through it.
     * @param clusterMessages the cluster messages applied so far (each carries a batch of commands), null over the host
     */
    private static void serve(OrderEntry entry, UserDirectory users, int sessions, int first, int perRun,
                              List<ContractSpec> traded, String exchange, boolean keep, LongSupplier clusterMessages,
                              TopUp topUp, MemberSnapshots snapshots) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GatewayConfig config = GatewayConfig.defaults(port).withLimits(10_000_000, 10_000_000).withKeepMessages(keep);
        try (FixGateway gateway = FixGateway.start(entry, users::signIn, config)) {
            run(port, sessions, first, perRun, traded, exchange, keep, clusterMessages, topUp, snapshots);
        }
    }

    /**
     * The protocol (docs/BENCHMARKS.md, "FIX gateway"): the first orders after the start, measured as such (what a
     * freshly started gateway and cluster give, their compilers at work); then warm-up rounds until every JVM's
     * compilers stay under {@link #QUIET_COMPILERS} µs an order two rounds in a row (or {@link #WARM_UP} orders
     * were sent); then {@link #RUNS} measured runs, each printed, and their median. Over the cluster the traders'
     * accounts are topped up before every round, and the warm-up reaches the members' snapshot: when it ends (quiet,
     * or its cap) before the scheduled one was taken, the cluster is asked for one and the warm-up goes on until the
     * compilers are quiet again, at most {@link #AFTER_SNAPSHOT} rounds more. The first snapshot compiles its code in every member: when the warm-up ended quiet before
     * the scheduled one, that came in a measured run, every member's compilers at 6-9 µs an order, its rate half
     * the others' (docs/BENCHMARKS.md, "FIX gateway", steady16q). Asked for, it also starts the schedule's count
     * again, so the measured runs hold none unless they pass its commands; a run that does says so.
     */
    private static void run(int port, int sessions, int first, int perRun, List<ContractSpec> traded,
                            String exchange, boolean keep, LongSupplier clusterMessages, TopUp topUp,
                            MemberSnapshots snapshots) throws Exception {
        List<Pipeline> pipelines = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            pipelines.add(new Pipeline(port, "LOAD" + s, "load" + s, traded, s));
        }
        for (Pipeline pipeline : pipelines) {
            pipeline.logOn();
        }
        pipelines.forEach(Pipeline::start);
        System.out.printf("sessions %d, %s, messages kept %s; µs of CPU an order: everything (the gateway's JVM"
                + " without the load's clients, and the members), then each JVM, compilers in brackets%n",
                sessions, exchange, keep);
        CpuTimes started = CpuTimes.now();
        Round firstRound = Round.of(pipelines, first, clusterMessages);
        firstRound.print("first orders");
        System.out.println("  " + CpuTimes.now().perOrderSince(started, firstRound.orders()));
        int quiet = 0;
        int round = 0;
        long warmed = firstRound.orders();
        long cap = WARM_UP;
        boolean asked = snapshots == MemberSnapshots.NONE;
        while (true) {
            while (quiet < 2 && warmed < cap) {
                topUp.before(round++);
                Round warm = Round.of(pipelines, perRun, clusterMessages);
                warm.print("warm-up " + round);
                quiet = warm.quiet() ? quiet + 1 : 0;
                warmed += warm.orders();
            }
            if (asked || !snapshots.taken().isEmpty()) {
                break;
            }
            Mark from = Mark.now();
            snapshots.take();
            System.out.println("  the members' first snapshot, asked for: " + Mark.now().membersSince(from) + "; "
                    + snapshots.taken());
            asked = true;
            quiet = 0;
            cap = warmed + AFTER_SNAPSHOT * (long) perRun * sessions;
        }
        System.out.printf(quiet == 2 ? "warm-up: every JVM's compilers under %.1f µs an order two rounds in a row,"
                + " after %,d orders%n" : "warm-up: the compilers were still busy (over %.1f µs an order) after %,d"
                + " orders%n", QUIET_COMPILERS, warmed);
        List<Round> runs = new ArrayList<>();
        CpuTimes before = CpuTimes.now();
        for (int r = 1; r <= RUNS; r++) {
            topUp.before(round++);
            CpuTimes start = CpuTimes.now();
            List<String> taken = snapshots.taken();
            Round measured = Round.of(pipelines, perRun, clusterMessages);
            measured.print("measured " + r);
            List<String> within = snapshots.taken();
            within.removeAll(taken);
            if (!within.isEmpty()) {
                System.out.println("  the members' scheduled snapshot fell in this run: " + within);
            }
            // Each run's threads and pauses beside its rate: what a slow run spent that a fast one did not.
            CpuTimes end = CpuTimes.now();
            System.out.println("  " + end.perOrderSince(start, measured.orders()) + "\n  " + end.collectedSince(start));
            runs.add(measured);
        }
        CpuTimes after = CpuTimes.now();
        long orders = runs.stream().mapToLong(Round::orders).sum();
        Round.summary(runs);
        System.out.println("measured runs together: " + after.perOrderSince(before, orders));
        System.out.println(after.blockedSince(before, orders));
        System.out.println(after.collectedSince(started));
        pipelines.stream().filter(p -> !p.firstRefusal.isEmpty()).forEach(p -> System.out.println(p.compId
                + "'s first refused order: ..." + p.firstRefusal + "..."));
        System.out.printf("the clients sent %d heartbeats and answered %d TestRequests%n",
                pipelines.stream().mapToLong(p -> p.heartbeats.get()).sum(),
                pipelines.stream().mapToLong(p -> p.testRequestsAnswered.get()).sum());
        pipelines.forEach(Pipeline::finish);
        for (Pipeline pipeline : pipelines) {
            pipeline.socket.close();
        }
    }

    /** The members' snapshots: those they took so far (by their logs), and one asked for now. */
    private interface MemberSnapshots {

        /** Over the host: no members, none taken and none to ask for. */
        MemberSnapshots NONE = new MemberSnapshots() {
            @Override
            public List<String> taken() {
                return new ArrayList<>();
            }

            @Override
            public void take() {
            }
        };

        /** The snapshots taken so far, a fresh list. */
        List<String> taken() throws IOException;

        /** Asks the cluster for a snapshot; returns once every member took it, or after 2 minutes. */
        void take() throws IOException, InterruptedException;
    }

    /** What is done before each round after the first: the cluster's traders' accounts topped up. */
    @FunctionalInterface
    private interface TopUp {

        TopUp NONE = round -> { };

        void before(int round) throws Exception;
    }

    /**
     * One round of the load: every session writes {@code count} orders back to back, and the round ends at the last
     * first report. Its CPU an order is taken from {@code /proc} for each JVM, the load's clients' threads apart
     * (they run in the gateway's JVM: they are the load, not the gateway, though they share its cores and heap).
     */
    private record Round(long orders, double seconds, long rejected, double gateway, double gatewayCompilers,
                         double clients, List<double[]> members, double ordersAMessage) {

        static Round of(List<Pipeline> pipelines, int count, LongSupplier clusterMessages) throws Exception {
            CountDownLatch go = new CountDownLatch(1);
            List<Pipeline.Batch> batches = new ArrayList<>();
            for (Pipeline pipeline : pipelines) {
                batches.add(pipeline.prepare(count, go));
            }
            for (Pipeline.Batch batch : batches) {
                batch.encoded().await();
            }
            long rejected = pipelines.stream().mapToLong(p -> p.rejected.get()).sum();
            long messages = clusterMessages == null ? 0 : clusterMessages.getAsLong();
            Mark from = Mark.now();
            go.countDown();
            awaitAll(pipelines, batches);
            Mark to = Mark.now();
            long orders = (long) count * pipelines.size();
            List<double[]> members = new ArrayList<>();
            to.members.forEach((pid, now) -> {
                long[] then = from.members.getOrDefault(pid, new long[2]);
                members.add(new double[] {(now[0] - then[0]) / 1e3 / orders, (now[1] - then[1]) / 1e3 / orders});
            });
            return new Round(orders, (to.nanos - from.nanos) / 1e9,
                    pipelines.stream().mapToLong(p -> p.rejected.get()).sum() - rejected,
                    (to.process - from.process) / 1e3 / orders, (to.compilers - from.compilers) / 1e3 / orders,
                    (to.clients - from.clients) / 1e3 / orders, members, clusterMessages == null ? 0
                            : (double) orders / (clusterMessages.getAsLong() - messages));
        }

        double rate() {
            return orders / seconds;
        }

        /** The CPU an order of everything but the load: the gateway's JVM without its clients, and the members. */
        double everything() {
            return gateway - clients + members.stream().mapToDouble(member -> member[0]).sum();
        }

        /** Every JVM's compilers under {@link #QUIET_COMPILERS} µs an order. */
        boolean quiet() {
            return gatewayCompilers < QUIET_COMPILERS
                    && members.stream().allMatch(member -> member[1] < QUIET_COMPILERS);
        }

        void print(String name) {
            StringBuilder text = new StringBuilder(String.format("%s: %,d orders in %.2f s = %,.0f answered/s, %,.0f"
                    + " accepted/s (%d refused); everything %.1f; the gateway's JVM %.1f (%.1f) of which the load's"
                    + " clients %.1f", name, orders, seconds, rate(), (orders - rejected) / seconds, rejected,
                    everything(), gateway, gatewayCompilers, clients));
            for (int m = 0; m < members.size(); m++) {
                text.append(String.format("; member %d %.1f (%.1f)", m, members.get(m)[0], members.get(m)[1]));
            }
            if (ordersAMessage > 0) {
                text.append(String.format("; %.0f orders a cluster message", ordersAMessage));
            }
            System.out.println(text);
        }

        /** The measured runs' median and spread, the figures to quote. */
        static void summary(List<Round> runs) {
            System.out.printf("measured runs: %d; answered/s median %,.0f (lowest %,.0f, highest %,.0f); µs of CPU an"
                    + " order, everything median %.1f (%.1f-%.1f), the gateway's JVM without the load median %.1f,"
                    + " the load's clients median %.1f, the busiest JVM's compilers at most %.1f%n", runs.size(),
                    median(runs, Round::rate), lowest(runs, Round::rate), highest(runs, Round::rate),
                    median(runs, Round::everything), lowest(runs, Round::everything), highest(runs, Round::everything),
                    median(runs, run -> run.gateway - run.clients), median(runs, Round::clients),
                    runs.stream().mapToDouble(run -> Math.max(run.gatewayCompilers, run.members.stream()
                            .mapToDouble(member -> member[1]).max().orElse(0))).max().orElse(0));
        }

        private static double median(List<Round> runs, ToDoubleFunction<Round> figure) {
            double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
            return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }

        private static double lowest(List<Round> runs, ToDoubleFunction<Round> figure) {
            return runs.stream().mapToDouble(figure).min().orElse(0);
        }

        private static double highest(List<Round> runs, ToDoubleFunction<Round> figure) {
            return runs.stream().mapToDouble(figure).max().orElse(0);
        }
    }

    /**
     * The CPU used so far by this JVM, its compilers, the load's clients' threads, and each member JVM (its total
     * and its compilers', by {@code /proc}).
     */
    private record Mark(long nanos, long process, long compilers, long clients, Map<Long, long[]> members) {

        static Mark now() {
            Map<String, Long> own = new TreeMap<>();
            CpuTimes.addThreads(ProcessHandle.current().pid(), own);
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long clients = 0;
            for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (info != null && info.getThreadName().startsWith("load-")) {
                    clients += Math.max(0, mx.getThreadCpuTime(info.getThreadId()));
                }
            }
            Map<Long, long[]> members = new TreeMap<>();
            ProcessHandle.current().children().forEach(child -> {
                Map<String, Long> kinds = new TreeMap<>();
                CpuTimes.addThreads(child.pid(), kinds);
                members.put(child.pid(), new long[] {kinds.values().stream().mapToLong(Long::longValue).sum(),
                        compilers(kinds)});
            });
            return new Mark(System.nanoTime(), ((OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime(), compilers(own), clients, members);
        }

        /** Each member's CPU since {@code from}, in ms, its compilers' in brackets. */
        String membersSince(Mark from) {
            StringBuilder text = new StringBuilder(String.format("%.2f s;", (nanos - from.nanos) / 1e9));
            int m = 0;
            for (Map.Entry<Long, long[]> member : members.entrySet()) {
                long[] now = member.getValue();
                long[] then = from.members.getOrDefault(member.getKey(), new long[2]);
                text.append(String.format(" member %d %.0f ms of CPU (compilers %.0f)", m++, (now[0] - then[0]) / 1e6,
                        (now[1] - then[1]) / 1e6));
            }
            return text.toString();
        }

        private static long compilers(Map<String, Long> kinds) {
            return kinds.entrySet().stream().filter(e -> e.getKey().contains("Compiler"))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    /** The orders of one session, submitted to the entry as fast as it takes them; acknowledged per second. */
    private static void direct(HostOrderEntry entry, int warmup, int measured, List<ContractSpec> traded,
                               Durability durability) {
        SplittableRandom random = new SplittableRandom(0);
        long start = System.nanoTime();
        long warm = 0;
        CpuTimes cpu = null;
        java.util.concurrent.CompletableFuture<?> last = null;
        for (int i = 0; i < warmup + measured; i++) {
            if (i == warmup) {
                last.join();
                warm = System.nanoTime();
                cpu = CpuTimes.now();
            }
            ContractSpec contract = traded.get(random.nextInt(traded.size()));
            long ticks = contract.referencePriceTicks() + random.nextInt(-5, 6);
            com.suanli.exchange.book.Side side = random.nextBoolean() ? com.suanli.exchange.book.Side.BID
                    : com.suanli.exchange.book.Side.ASK;
            long clientOrderId = i + 1;
            last = entry.submit(t -> com.suanli.exchange.engine.command.PlaceOrder.limit(t, ClusterDesk.account(0),
                    clientOrderId, contract.instrumentId(), side, ticks, contract.lotSize(),
                    com.suanli.exchange.engine.command.TimeInForce.DAY));
        }
        last.join();
        double seconds = (System.nanoTime() - warm) / 1e9;
        System.out.printf("no FIX (the host's order entry), durability %s: warm-up %d orders in %.2f s; measured %d"
                + " orders in %.2f s = %,.0f orders/s acknowledged%n", durability, warmup, (warm - start) / 1e9,
                measured, seconds, measured / seconds);
        System.out.println("measured orders: " + CpuTimes.now().perOrderSince(cpu, measured));
    }

    /**
     * Waits until every pipeline's reader has counted down its batch's latch (its last answer); the time is taken as
     * the last one does. Woken by the readers, not by polling: a poll each millisecond cost this JVM, which the
     * gateway's CPU per order counts, 2.5-4.9 us an order at a few thousand orders a second.
     */
    private static void awaitAll(List<Pipeline> pipelines, List<Pipeline.Batch> batches) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        for (int i = 0; i < pipelines.size(); i++) {
            Pipeline pipeline = pipelines.get(i);
            Pipeline.Batch batch = batches.get(i);
            while (!batch.answered().await(1, TimeUnit.SECONDS)) {
                if (pipeline.closed && pipeline.answered() < batch.target()) {
                    throw new IllegalStateException(pipeline.compId + "'s connection closed after "
                            + pipeline.answered() + " answers; the last it read: " + pipeline.lastRead);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no answer to every order within 10 minutes");
                }
            }
        }
    }

    /**
     * One client connection: a round's orders encoded, then written back to back at the round's start, first
     * reports counted as they come.
     */
    private static final class Pipeline {

        /**
         * A round's orders for this session: {@code encoded} counted down when they are ready to write, written at
         * {@code go}, and {@code answered} counted down by the reader at the answer that makes {@code target}.
         */
        record Batch(int count, long target, CountDownLatch encoded, CountDownLatch go, CountDownLatch answered) {
        }

        final int port;
        Socket socket;
        final String compId;
        final String user;
        final List<ContractSpec> traded;
        final SplittableRandom random;
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final Thread reader;
        final Thread writer;
        /** Counted down when the run has taken its CPU times: the writer's thread lives till then, to be counted. */
        final CountDownLatch finished = new CountDownLatch(1);
        final AtomicLong heartbeats = new AtomicLong();
        final AtomicLong testRequestsAnswered = new AtomicLong();
        /**
         * The writer's work in order: a {@link Batch} to encode and write, or a TestReqID (112) the gateway asked for,
         * to answer (after the orders being written, whose sequence numbers are encoded).
         */
        final BlockingQueue<Object> tasks = new LinkedBlockingQueue<>();
        /** The round whose last answer the reader watches for. */
        volatile Batch batch;
        volatile boolean closed;
        /** The end of what the reader read last, SOH as '|': the gateway's Logout says why a connection closed. */
        volatile String lastRead = "";
        /** The text around the first refused order's report (150=8), SOH as '|': its Text (58) says why. */
        volatile String firstRefusal = "";
        /** The writer's next MsgSeqNum (34): 1 was the Logon's. */
        private int sequence = 2;
        /** The orders written so far, for their ClOrdIDs. */
        private int ordersMade;
        /** The writer's encoder of orders. */
        private OrderText text;

        Pipeline(int port, String compId, String user, List<ContractSpec> traded, int seed) {
            this.port = port;
            this.compId = compId;
            this.user = user;
            this.traded = traded;
            this.random = new SplittableRandom(seed);
            reader = new Thread(this::read, "load-reader-" + compId);
            writer = new Thread(this::write, "load-writer-" + compId);
            // A run that fails (a connection closed) must still end the JVM, its writers waiting or not.
            reader.setDaemon(true);
            writer.setDaemon(true);
        }

        /** Connects: the gateway closes a connection that sends no Logon in time. */
        void logOn() throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            String now = LocalDateTime.now(ZoneOffset.UTC).format(SENDING);
            socket.getOutputStream().write(frame("35=A" + SOH + "34=1" + SOH + "49=" + compId + SOH + "52=" + now + SOH
                    + "56=" + GatewayConfig.SENDER_COMP_ID + SOH + "98=0" + SOH + "108=30" + SOH + "141=Y" + SOH
                    + "553=" + user + SOH + "554=" + PASSWORD + SOH));
            byte[] logon = new byte[4096];
            int read = socket.getInputStream().read(logon);
            String answer = new String(logon, 0, Math.max(read, 0), StandardCharsets.US_ASCII);
            if (!answer.contains(SOH + "35=A" + SOH)) {
                throw new IllegalStateException(compId + " was not logged on: " + answer.replace(SOH, '|'));
            }
        }

        void start() {
            reader.start();
            writer.start();
        }

        long answered() {
            return accepted.get() + rejected.get();
        }

        /** Hands the writer a round of {@code count} orders, to write at {@code go}; the last round is answered. */
        Batch prepare(int count, CountDownLatch go) {
            Batch next = new Batch(count, answered() + count, new CountDownLatch(1), go, new CountDownLatch(1));
            batch = next;
            tasks.add(next);
            return next;
        }

        /**
         * Encodes and writes the rounds' orders, and keeps the session alive as a FIX client must until the run
         * ends: a Heartbeat (35=0) every {@link #HEARTBEAT} with nothing else to send and, at once, one answering
         * each TestRequest (35=1) the reader saw.
         */
        private void write() {
            try {
                OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream(), 1 << 16);
                Stamp stamp = new Stamp();
                text = new OrderText(compId, traded);
                while (finished.getCount() > 0) {
                    Object task = tasks.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                    if (finished.getCount() == 0) {
                        break;
                    }
                    if (task instanceof Batch round) {
                        // One array for the round's orders, not one each: the orders live until written, and
                        // the gateway's collector, whose CPU is counted as the gateway's, would copy 100,000
                        // small arrays at every young collection of the round (a large one it never copies).
                        int[] ends = new int[round.count() + 1];
                        int[] sendingTimeAt = new int[round.count()];
                        byte[] orders = new byte[round.count() * 256];
                        for (int i = 0; i < round.count(); i++) {
                            if (ends[i] + OrderText.MOST > orders.length) {
                                orders = Arrays.copyOf(orders, 2 * orders.length);
                            }
                            ends[i + 1] = order(orders, ends[i]);
                            sendingTimeAt[i] = text.sendingTimeAt();
                        }
                        round.encoded().countDown();
                        round.go().await();
                        for (int i = 0; i < round.count(); i++) {
                            stamp.restamp(orders, sendingTimeAt[i], ends[i + 1]);
                            out.write(orders, ends[i], ends[i + 1] - ends[i]);
                        }
                    } else {
                        String testRequest = (String) task;
                        out.write(heartbeat(sequence++, testRequest));
                        (testRequest == null ? heartbeats : testRequestsAnswered).incrementAndGet();
                    }
                    out.flush();
                }
            } catch (IOException e) {
                if (finished.getCount() > 0) {
                    throw new IllegalStateException(compId + ": " + e.getMessage(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * Writes the next NewOrderSingle into {@code into} from {@code at} and returns where it ends: a limit day order
         * of one lot, buy or sell at random within 5 ticks of the reference of one of the traded contracts, so about
         * half of them trade.
         */
        private int order(byte[] into, int at) {
            int contract = random.nextInt(traded.size());
            int offset = random.nextInt(-5, 6);
            return text.order(into, at, sequence++, ordersMade++, contract, offset, random.nextBoolean());
        }

        private byte[] heartbeat(int sequence, String testRequest) {
            String now = LocalDateTime.now(ZoneOffset.UTC).format(SENDING);
            return frame("35=0" + SOH + "34=" + sequence + SOH + "49=" + compId + SOH + "52=" + now + SOH + "56="
                    + GatewayConfig.SENDER_COMP_ID + SOH + (testRequest == null ? "" : "112=" + testRequest + SOH));
        }

        void finish() {
            finished.countDown();
            tasks.offer(""); // wakes the writer
        }

        /**
         * Counts {@code <SOH>150=0<SOH>} and {@code <SOH>150=8<SOH>}: the first report of each order; hands each
         * TestReqID ({@code <SOH>112=...<SOH>}, only in a TestRequest from the gateway) to the writer to answer.
         */
        private void read() {
            byte[] pattern = (SOH + "150=").getBytes(StandardCharsets.US_ASCII);
            byte[] testRequestId = (SOH + "112=").getBytes(StandardCharsets.US_ASCII);
            StringBuilder testRequest = new StringBuilder();
            byte[] buffer = new byte[1 << 16];
            int matched = 0;
            int idMatched = 0;
            byte execType = 0;
            int last = 0;
            try {
                InputStream in = socket.getInputStream();
                int read;
                while ((read = in.read(buffer)) > 0) {
                    last = read;
                    for (int i = 0; i < read; i++) {
                        byte b = buffer[i];
                        if (idMatched < testRequestId.length) {
                            idMatched = b == testRequestId[idMatched] ? idMatched + 1 : b == testRequestId[0] ? 1 : 0;
                        } else if (b != SOH) {
                            testRequest.append((char) b);
                        } else {
                            tasks.offer(testRequest.toString());
                            testRequest.setLength(0);
                            idMatched = 1;
                        }
                        if (matched < pattern.length) {
                            matched = b == pattern[matched] ? matched + 1 : b == pattern[0] ? 1 : 0;
                        } else if (matched == pattern.length) {
                            execType = b;
                            matched++;
                        } else {
                            if (b == SOH && (execType == '0' || execType == '8')) {
                                (execType == '0' ? accepted : rejected).incrementAndGet();
                                if (execType == '8' && firstRefusal.isEmpty()) {
                                    firstRefusal = around(buffer, i, read);
                                }
                                Batch round = batch;
                                if (round != null && answered() == round.target()) {
                                    round.answered().countDown();
                                }
                            }
                            matched = b == pattern[0] ? 1 : 0;
                        }
                    }
                }
            } catch (IOException e) {
                // The run closed the socket.
            }
            lastRead = tail(buffer, last);
            closed = true;
        }
    }

    private static String around(byte[] buffer, int at, int length) {
        int from = Math.max(0, at - 200);
        return new String(buffer, from, Math.min(length, at + 300) - from, StandardCharsets.US_ASCII)
                .replace(SOH, '|');
    }

    private static String tail(byte[] buffer, int length) {
        int from = Math.max(0, length - 400);
        return new String(buffer, from, length - from, StandardCharsets.US_ASCII).replace(SOH, '|');
    }

    /**
     * The CPU time the JVM and each kind of thread (named without its digits) had used: per order, it says what
     * each part costs however loaded the machine is, where the rate says only what share of it the run got.
     */
    private record CpuTimes(long process, Map<String, Long> members, Map<String, Long> vmThreads,
                            Map<String, Long> threads, Map<String, long[]> blocked, Map<String, long[]> collectors,
                            Map<String, Long> allocated) {

        static CpuTimes now() {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            if (mx.isThreadContentionMonitoringSupported() && !mx.isThreadContentionMonitoringEnabled()) {
                mx.setThreadContentionMonitoringEnabled(true);
            }
            Map<String, Long> threads = new TreeMap<>();
            Map<String, long[]> blocked = new TreeMap<>();
            Map<String, Long> allocated = new TreeMap<>();
            for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
                long cpu = info == null ? -1 : mx.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    String kind = info.getThreadName().replaceAll("[0-9]+", "N");
                    threads.merge(kind, cpu, Long::sum);
                    allocated.merge(kind, Math.max(0, ((com.sun.management.ThreadMXBean) mx)
                            .getThreadAllocatedBytes(info.getThreadId())), Long::sum);
                    blocked.merge(kind, new long[] {Math.max(0, info.getBlockedTime()), info.getBlockedCount()},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                }
            }
            long process = ((OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            Map<String, long[]> collectors = new TreeMap<>();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                collectors.put(collector.getName(), new long[] {collector.getCollectionCount(),
                        collector.getCollectionTime()});
            }
            Map<String, Long> members = new TreeMap<>();
            ProcessHandle.current().children().forEach(child -> addThreads(child.pid(), members));
            Map<String, Long> vm = new TreeMap<>();
            addThreads(ProcessHandle.current().pid(), vm);
            // G1's threads ("GC Thread#N", "G1 ..."), ZGC's ("ZWorker#N", "ZDriver", ...) and the compilers.
            vm.keySet().removeIf(kind -> !kind.startsWith("GC ") && !kind.startsWith("G1 ") && !kind.startsWith("Z")
                    && !kind.contains("Compiler"));
            return new CpuTimes(process, members, vm, threads, blocked, collectors, allocated);
        }

        /**
         * Adds the CPU time of process {@code pid}'s threads by kind ({@code /proc}'s names, cut at 15 characters,
         * digits as N), in nanoseconds: the members' JVMs, and this JVM's collector and compiler threads, which the
         * {@link ThreadMXBean} does not list.
         */
        static void addThreads(long pid, Map<String, Long> kinds) {
            try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path task : tasks.toList()) {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime, 1/100 s
                    kinds.merge(name.replaceAll("[0-9]+", "N"), ticks * 10_000_000L, Long::sum);
                }
            } catch (IOException | RuntimeException e) {
                // A member or a thread ended between the listing and the read: its time is left out.
            }
        }

        /** The CPU per order of each kind in {@code now} since {@code then}, those of 2% of the total or more. */
        private static String kinds(Map<String, Long> now, Map<String, Long> then, long total, long orders) {
            StringBuilder text = new StringBuilder();
            now.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - then.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() * 50 >= total)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> text.append(String.format("; %s %.1f", e.getKey(), e.getValue() / 1e3 / orders)));
            return text.toString();
        }

        /**
         * What each collector did (G1's young and old collections are pauses; ZGC's "Cycles" are concurrent and its
         * "Pauses" the stops): with 13 KB allocated an order, the collector is a cost of its own beside the threads'.
         */
        String collectedSince(CpuTimes before) {
            StringBuilder text = new StringBuilder("garbage collectors:");
            collectors.forEach((name, now) -> {
                long[] then = before.collectors.getOrDefault(name, new long[2]);
                text.append(String.format(" %s %d in %d ms;", name, now[0] - then[0], now[1] - then[1]));
            });
            return text.toString();
        }

        /**
         * The time the threads of each kind waited to enter a monitor, where it is at least 100 ms, and how often they
         * found one taken, per order: each such wait is a park and a wake-up, which cost CPU however short.
         */
        String blockedSince(CpuTimes before, long orders) {
            StringBuilder text = new StringBuilder("blocked on monitors (ms, all threads of a kind; times an order):");
            blocked.forEach((kind, now) -> {
                long[] then = before.blocked.getOrDefault(kind, new long[2]);
                if (now[0] - then[0] >= 100 || now[1] - then[1] >= orders / 100) {
                    text.append(String.format(" %s %d, %.3f;", kind, now[0] - then[0],
                            (double) (now[1] - then[1]) / orders));
                }
            });
            return text.toString();
        }

        String perOrderSince(CpuTimes before, long orders) {
            StringBuilder text = new StringBuilder(String.format("CPU per order: %.1f us in all",
                    (process - before.process) / 1e3 / orders));
            long own = process - before.process;
            text.append(kinds(threads, before.threads, own, orders));
            text.append(kinds(vmThreads, before.vmThreads, own, orders));
            long heap = allocated.values().stream().mapToLong(Long::longValue).sum()
                    - before.allocated.values().stream().mapToLong(Long::longValue).sum();
            // The same figures per thread kind read as kilobytes an order (the bytes over a thousand).
            text.append(String.format("%n  KB allocated an order by this JVM's threads: %.1f", heap / 1e3 / orders));
            text.append(kinds(allocated, before.allocated, heap, orders));
            if (!members.isEmpty()) {
                long all = members.values().stream().mapToLong(Long::longValue).sum()
                        - before.members.values().stream().mapToLong(Long::longValue).sum();
                text.append(String.format("%n  the three members beside it: %.1f us", all / 1e3 / orders));
                text.append(kinds(members, before.members, all, orders));
            }
            return text.toString();
        }
    }

    /**
     * A session's NewOrderSingles written as bytes straight into the round's array: the fields that never change
     * (CompIDs, symbols, lots, the eleven prices a contract's orders take) made once, a timestamp's text once a
     * millisecond. The orders used to be made as strings joined, a price through {@code BigDecimal}, a timestamp
     * formatted and the checksum's {@code String.format} each, then copied and searched for SendingTime as a new
     * {@code String}: 2.5 µs and 3.8 KB an order on the load's writers, whose garbage the gateway's collector took
     * (docs/BENCHMARKS.md, "FIX gateway", fix16n). The text is the same: the gateway's work is unchanged.
     */
    private static final class OrderText {

        /** The most bytes an order takes. */
        static final int MOST = 512;
        private static final byte[] BEGIN = ("8=FIX.4.4" + SOH + "9=").getBytes(StandardCharsets.US_ASCII);

        private final byte[] head;
        private final byte[] sender;
        private final byte[] target = ascii(SOH + "56=" + GatewayConfig.SENDER_COMP_ID + SOH + "11=O");
        private final byte[][] symbols;
        private final byte[][] lots;
        /** The price of each contract's reference plus -5 to 5 ticks, its text after "44=". */
        private final byte[][][] prices;
        private final byte[] body = new byte[MOST];
        private long millis = -1;
        private byte[] now;
        private int sendingTimeAt;

        OrderText(String compId, List<ContractSpec> traded) {
            head = ascii("35=D" + SOH + "34=");
            sender = ascii(SOH + "49=" + compId + SOH + "52=");
            symbols = new byte[traded.size()][];
            lots = new byte[traded.size()][];
            prices = new byte[traded.size()][11][];
            for (int c = 0; c < traded.size(); c++) {
                ContractSpec contract = traded.get(c);
                symbols[c] = ascii(SOH + "55=" + contract.symbol() + SOH + "54=");
                lots[c] = ascii(SOH + "40=2" + SOH + "38=" + contract.lotSize() + SOH + "44=");
                for (int offset = -5; offset <= 5; offset++) {
                    prices[c][offset + 5] = ascii(contract.toPrice(contract.referencePriceTicks() + offset)
                            .toPlainString() + SOH + "59=1" + SOH);
                }
            }
        }

        /** Where the last order's SendingTime value starts in the array it was written into. */
        int sendingTimeAt() {
            return sendingTimeAt;
        }

        /**
         * Writes a NewOrderSingle framed (BeginString, BodyLength, CheckSum) into {@code into} from {@code at} and
         * returns where it ends: SendingTime and TransactTime the current millisecond, ClOrdID "O" and {@code clOrdId},
         * the contract's symbol, lot and price {@code offset} ticks from its reference.
         */
        int order(byte[] into, int at, int sequence, int clOrdId, int contract, int offset, boolean buy) {
            long time = System.currentTimeMillis();
            if (time != millis) {
                millis = time;
                now = ascii(LocalDateTime.ofEpochSecond(time / 1000, (int) (time % 1000) * 1_000_000, ZoneOffset.UTC)
                        .format(SENDING));
            }
            int b = put(head, body, 0);
            b = digits(sequence, body, b);
            b = put(sender, body, b);
            int timeInBody = b;
            b = put(now, body, b);
            b = put(target, body, b);
            b = digits(clOrdId, body, b);
            b = put(symbols[contract], body, b);
            body[b++] = (byte) (buy ? '1' : '2');
            body[b++] = SOH;
            body[b++] = '6';
            body[b++] = '0';
            body[b++] = '=';
            b = put(now, body, b);
            b = put(lots[contract], body, b);
            b = put(prices[contract][offset + 5], body, b);
            int end = put(BEGIN, into, at);
            end = digits(b, into, end);
            into[end++] = SOH;
            sendingTimeAt = end + timeInBody;
            System.arraycopy(body, 0, into, end, b);
            end += b;
            int sum = 0;
            for (int i = at; i < end; i++) {
                sum += into[i];
            }
            sum &= 0xFF;
            into[end++] = '1';
            into[end++] = '0';
            into[end++] = '=';
            into[end++] = (byte) ('0' + sum / 100);
            into[end++] = (byte) ('0' + sum / 10 % 10);
            into[end++] = (byte) ('0' + sum % 10);
            into[end++] = SOH;
            return end;
        }

        private static int put(byte[] bytes, byte[] into, int at) {
            System.arraycopy(bytes, 0, into, at, bytes.length);
            return at + bytes.length;
        }

        /** {@code value} (not negative) in decimal digits. */
        private static int digits(int value, byte[] into, int at) {
            int length = 1;
            for (int rest = value / 10; rest > 0; rest /= 10) {
                length++;
            }
            for (int i = at + length - 1; i >= at; i--) {
                into[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            return at + length;
        }

        private static byte[] ascii(String text) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
    }

    /**
     * SendingTime (52) written into a pre-encoded order as it is sent, its checksum mended: QuickFIX/J logs out a
     * session whose SendingTime is over two minutes old, and on a loaded machine a run outlasts that (the orders
     * were encoded with the time they were made). The text is formatted once a millisecond, and only the
     * timestamp's characters and the checksum's change, so the client's cost per order stays a copy and a sum.
     */
    private static final class Stamp {

        private long millis = -1;
        private byte[] text;
        private int sum;

        /** Restamps the order that ends before {@code end} in {@code order}, its SendingTime's value at {@code at}. */
        void restamp(byte[] order, int at, int end) {
            long now = System.currentTimeMillis();
            if (now != millis) {
                millis = now;
                text = LocalDateTime.ofEpochSecond(now / 1000, (int) (now % 1000) * 1_000_000, ZoneOffset.UTC)
                        .format(SENDING).getBytes(StandardCharsets.US_ASCII);
                sum = sum(text, 0, text.length);
            }
            int checksumAt = end - 4;
            int checksum = (order[checksumAt] - '0') * 100 + (order[checksumAt + 1] - '0') * 10
                    + order[checksumAt + 2] - '0';
            checksum = Math.floorMod(checksum - sum(order, at, text.length) + sum, 256);
            System.arraycopy(text, 0, order, at, text.length);
            order[checksumAt] = (byte) ('0' + checksum / 100);
            order[checksumAt + 1] = (byte) ('0' + checksum / 10 % 10);
            order[checksumAt + 2] = (byte) ('0' + checksum % 10);
        }

        private static int sum(byte[] bytes, int from, int length) {
            int total = 0;
            for (int i = from; i < from + length; i++) {
                total += bytes[i];
            }
            return total;
        }
    }

    private static byte[] frame(String body) {
        String message = "8=FIX.4.4" + SOH + "9=" + body.length() + SOH + body;
        int sum = 0;
        for (int i = 0; i < message.length(); i++) {
            sum += message.charAt(i);
        }
        return (message + "10=" + String.format("%03d", sum % 256) + SOH).getBytes(StandardCharsets.US_ASCII);
    }
}
