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
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The gateway's throughput (docs/BENCHMARKS.md, "FIX gateway"): SESSIONS client connections log on as desk
 * users and pipeline NewOrderSingles as fast as their sockets take them; the rate is the orders whose first
 * ExecutionReport (new, or rejected) came back, per second, over the measured orders after a warm-up, and beside
 * it the orders accepted (new) per second: a refused order is answered but not a success. The
 * clients write pre-encoded FIX 4.4 and count replies by scanning the bytes, so the figure is the gateway's
 * (QuickFIX/J acceptor, engine host with its journal on H2) and not a client engine's. Beside it: the rate over
 * every order, warm-up too, and the CPU time per order of the JVM and of each kind of thread, which on a loaded
 * machine says what each part costs where the rate only says what share of the cores the run got.
 *
 * <p>{@code GatewayLoad SESSIONS WARMUP_PER_SESSION ORDERS_PER_SESSION DURABILITY KEEP_MESSAGES}; with SESSIONS 0
 * the same orders go straight to the host's order entry, without FIX, for the comparison figure. DURABILITY
 * {@code CLUSTER} (and, sixth, the idle agents' longest park in µs, members and client, {@link Transport#LOOPBACK}'s
 * without it or with {@code -}; seventh, the client's window, commands unacknowledged at most) puts the gateway
 * over three member JVMs on this machine ({@link LocalCluster}, through {@link ClusterOrderEntry}) instead of the
 * in-process host, trading today's contracts; the CPU times are then
 * this JVM's (the gateway, its mirror of the exchange, the clients) and, apart, the three members' ({@code /proc}),
 * with the cluster messages that carried the orders; {@code -Dload.memberJvm="-XX:... -XX:..."} gives the members
 * further JVM options.
 */
public final class GatewayLoad {

    private static final String PASSWORD = "load-test-password";
    private static final String CLUSTER = "CLUSTER";
    private static final char SOH = '\u0001';
    private static final DateTimeFormatter SENDING = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS");
    /** How often a client with nothing more to send sends a Heartbeat: a third of the 30 s its Logon asks for. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** The system property with the members' further JVM options. */
    private static final String MEMBER_JVM = "load.memberJvm";

    private GatewayLoad() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int measured = Integer.parseInt(args[2]);
        boolean keep = Boolean.parseBoolean(args[4]);
        Path dir = Files.createTempDirectory("gateway-load");
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
                overCluster(dir, users, catalogue, sessions, warmup, measured, keep, transport, window);
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
                    direct(HostOrderEntry.over(host, catalogue, clock), warmup, measured, traded, durability);
                    return;
                }
                serve(HostOrderEntry.over(host, catalogue, clock), users, sessions, warmup, measured, traded,
                        "durability " + durability, keep, null);
            }
        }
    }

    /** The same load through the gateway over three members on this machine. */
    private static void overCluster(Path dir, UserDirectory users, Catalogue catalogue, int sessions, int warmup,
                                    int measured, boolean keep, Transport transport, int window) throws Exception {
        int portBase = 30_000 + 1_000 * new SplittableRandom().nextInt(10);
        try (LocalCluster cluster = new LocalCluster(dir.resolve("cluster"), portBase,
                MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT)) {
            cluster.onWeekdayClock().jvmOptions(memberJvmOptions())
                    .memberOptions("--idle-park-us", Long.toString(transport.idlePark().toNanos() / 1_000)).startAll();
            try (ClusterOrderEntry entry = ClusterOrderEntry.connect(cluster.clientConfig(System.currentTimeMillis())
                    .withTransport(transport).withWindow(window, Math.min(ClientConfig.BATCH, window)), catalogue,
                    Duration.ofSeconds(120))) {
                List<ContractSpec> traded = ClusterDesk.open(entry, sessions, 8);
                serve(entry, users, sessions, warmup, measured, traded, "three members, idle park "
                        + transport.idlePark().toNanos() / 1_000 + " us, client window " + window, keep,
                        () -> entry.mirror().messagesApplied());
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
    private static void serve(OrderEntry entry, UserDirectory users, int sessions, int warmup, int measured,
                              List<ContractSpec> traded, String exchange, boolean keep, LongSupplier clusterMessages)
            throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GatewayConfig config = GatewayConfig.defaults(port).withLimits(10_000_000, 10_000_000).withKeepMessages(keep);
        try (FixGateway gateway = FixGateway.start(entry, users::signIn, config)) {
            run(port, sessions, warmup, measured, traded, exchange, keep, clusterMessages);
        }
    }

    private static void run(int port, int sessions, int warmup, int measured, List<ContractSpec> traded,
                            String exchange, boolean keep, LongSupplier clusterMessages) throws Exception {
        List<Pipeline> pipelines = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            pipelines.add(new Pipeline(port, "LOAD" + s, "load" + s, warmup, warmup + measured, traded, s));
        }
        for (Pipeline pipeline : pipelines) {
            pipeline.logOn();
        }
        CpuTimes first = CpuTimes.now();
        long firstMessage = clusterMessages == null ? 0 : clusterMessages.getAsLong();
        long start = System.nanoTime();
        pipelines.forEach(Pipeline::start);
        Slices slices = Slices.follow(pipelines, (long) sessions * (warmup + measured));
        long warm = awaitAll(pipelines, p -> p.warmedUp, warmup);
        long rejectedInWarmUp = pipelines.stream().mapToLong(p -> p.rejected.get()).sum();
        CpuTimes before = CpuTimes.now();
        long done = awaitAll(pipelines, p -> p.answeredAll, warmup + measured);
        CpuTimes after = CpuTimes.now();
        double seconds = (done - warm) / 1e9;
        long total = (long) sessions * measured;
        long rejected = pipelines.stream().mapToLong(p -> p.rejected.get()).sum() - rejectedInWarmUp;
        System.out.printf("sessions %d, %s, messages kept %s: warm-up %d orders in %.2f s; measured %d"
                        + " orders in %.2f s = %,.0f orders/s answered, %,.0f/s accepted (new; %d of them rejected)%n",
                sessions, exchange, keep, (long) sessions * warmup, (warm - start) / 1e9, total, seconds,
                total / seconds, (total - rejected) / seconds, rejected);
        long all = (long) sessions * (warmup + measured);
        long allRejected = pipelines.stream().mapToLong(p -> p.rejected.get()).sum();
        System.out.printf("every order, warm-up too: %d orders in %.2f s = %,.0f orders/s answered, %,.0f/s accepted"
                + " (%d rejected)%n", all, (done - start) / 1e9, all / ((done - start) / 1e9),
                (all - allRejected) / ((done - start) / 1e9), allRejected);
        pipelines.stream().filter(p -> !p.firstRefusal.isEmpty()).forEach(p -> System.out.println(p.compId
                + "'s first refused order: ..." + p.firstRefusal + "..."));
        System.out.println("warm-up orders alone: " + before.perOrderSince(first, (long) sessions * warmup));
        System.out.println("measured orders: " + after.perOrderSince(before, total));
        System.out.println("every order, warm-up too: " + after.perOrderSince(first, all));
        if (clusterMessages != null) {
            long messages = clusterMessages.getAsLong() - firstMessage;
            System.out.printf("cluster messages: %,d for every order, %.1f orders a message%n", messages,
                    (double) all / messages);
        }
        slices.print();
        System.out.println(after.blockedSince(first, all));
        System.out.println(after.collectedSince(first));
        System.out.printf("the clients sent %d heartbeats and answered %d TestRequests%n",
                pipelines.stream().mapToLong(p -> p.heartbeats.get()).sum(),
                pipelines.stream().mapToLong(p -> p.testRequestsAnswered.get()).sum());
        pipelines.forEach(Pipeline::finish);
        for (Pipeline pipeline : pipelines) {
            pipeline.socket.close();
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
     * Waits until every pipeline's reader has counted down {@code latch} (its {@code each}-th answer); the time is
     * taken as the last one does. Woken by the readers, not by polling: a poll each millisecond cost this JVM,
     * which the gateway's CPU per order counts, 2.5-4.9 us an order at a few thousand orders a second.
     */
    private static long awaitAll(List<Pipeline> pipelines, Function<Pipeline, CountDownLatch> latch, long each)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        for (Pipeline pipeline : pipelines) {
            while (!latch.apply(pipeline).await(1, TimeUnit.SECONDS)) {
                if (pipeline.closed && pipeline.answered() < each) {
                    throw new IllegalStateException(pipeline.compId + "'s connection closed after "
                            + pipeline.answered() + " answers; the last it read: " + pipeline.lastRead);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no answer to every order within 10 minutes");
                }
            }
        }
        return System.nanoTime();
    }

    /** One client connection: pre-encoded orders written back to back, first reports counted as they come. */
    private static final class Pipeline {

        final int port;
        Socket socket;
        final String compId;
        final String user;
        final byte[][] orders;
        /** Where SendingTime's value starts in each order. */
        final int[] sendingTimeAt;
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final Thread reader;
        final Thread writer;
        /** Counted down when the run has taken its CPU times: the writer's thread lives till then, to be counted. */
        final CountDownLatch finished = new CountDownLatch(1);
        final AtomicLong heartbeats = new AtomicLong();
        final AtomicLong testRequestsAnswered = new AtomicLong();
        /** TestReqIDs (112) the gateway asked for, for the writer to answer once its orders are written. */
        final BlockingQueue<String> testRequests = new LinkedBlockingQueue<>();
        /** Counted down by the reader at the warm-up's last answer, and at the last order's. */
        final CountDownLatch warmedUp = new CountDownLatch(1);
        final CountDownLatch answeredAll = new CountDownLatch(1);
        final int warmup;
        volatile boolean closed;
        /** The end of what the reader read last, SOH as '|': the gateway's Logout says why a connection closed. */
        volatile String lastRead = "";
        /** The text around the first refused order's report (150=8), SOH as '|': its Text (58) says why. */
        volatile String firstRefusal = "";

        Pipeline(int port, String compId, String user, int warmup, int count, List<ContractSpec> traded, int seed)
                throws IOException {
            this.warmup = warmup;
            if (warmup == 0) {
                warmedUp.countDown();
            }
            this.port = port;
            this.compId = compId;
            this.user = user;
            SplittableRandom random = new SplittableRandom(seed);
            String now = LocalDateTime.now(ZoneOffset.UTC).format(SENDING);
            orders = new byte[count][];
            sendingTimeAt = new int[count];
            for (int i = 0; i < count; i++) {
                ContractSpec contract = traded.get(random.nextInt(traded.size()));
                long ticks = contract.referencePriceTicks() + random.nextInt(-5, 6);
                String body = "35=D" + SOH + "34=" + (i + 2) + SOH + "49=" + compId + SOH + "52=" + now + SOH
                        + "56=" + GatewayConfig.SENDER_COMP_ID + SOH + "11=O" + i + SOH + "55=" + contract.symbol() + SOH
                        + "54=" + (random.nextBoolean() ? '1' : '2') + SOH + "60=" + now + SOH + "40=2" + SOH
                        + "38=" + contract.lotSize() + SOH + "44=" + contract.toPrice(ticks).toPlainString() + SOH
                        + "59=1" + SOH;
                orders[i] = frame(body);
                sendingTimeAt[i] = indexOf(orders[i], SOH + "52=") + 4;
            }
            reader = new Thread(this::read, "load-reader-" + compId);
            writer = new Thread(this::write, "load-writer-" + compId);
            // A run that fails (a connection closed) must still end the JVM, its writers waiting or not.
            reader.setDaemon(true);
            writer.setDaemon(true);
        }

        /** Connects once every order is encoded: the gateway closes a connection that sends no Logon in time. */
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

        /**
         * Writes the orders, then keeps the session alive as a FIX client must until the run ends: a Heartbeat
         * (35=0) every {@link #HEARTBEAT} and, at once, one answering each TestRequest (35=1) the reader saw. A
         * run whose reports lag its last order by more than 1.2 heartbeat intervals was logged out before
         * (docs/BENCHMARKS.md, "Received orders parsed lighter"). Orders come first: their sequence numbers are
         * encoded, so a TestRequest met while they are written is answered after them.
         */
        private void write() {
            try {
                OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream(), 1 << 16);
                Stamp stamp = new Stamp();
                for (int i = 0; i < orders.length; i++) {
                    stamp.restamp(orders[i], sendingTimeAt[i]);
                    out.write(orders[i]);
                }
                out.flush();
                int sequence = orders.length + 2;
                while (!finished.await(0, TimeUnit.MILLISECONDS)) {
                    String testRequest = testRequests.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                    if (finished.getCount() > 0) {
                        out.write(heartbeat(sequence++, testRequest));
                        out.flush();
                        (testRequest == null ? heartbeats : testRequestsAnswered).incrementAndGet();
                    }
                }
            } catch (IOException e) {
                if (finished.getCount() > 0) {
                    throw new IllegalStateException(compId + ": " + e.getMessage(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private byte[] heartbeat(int sequence, String testRequest) {
            String now = LocalDateTime.now(ZoneOffset.UTC).format(SENDING);
            return frame("35=0" + SOH + "34=" + sequence + SOH + "49=" + compId + SOH + "52=" + now + SOH + "56="
                    + GatewayConfig.SENDER_COMP_ID + SOH + (testRequest == null ? "" : "112=" + testRequest + SOH));
        }

        void finish() {
            finished.countDown();
            testRequests.offer(""); // wakes the writer
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
                            testRequests.offer(testRequest.toString());
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
                                long answers = answered();
                                if (answers == warmup) {
                                    warmedUp.countDown();
                                }
                                if (answers == orders.length) {
                                    answeredAll.countDown();
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
                            Map<String, Long> threads, Map<String, long[]> blocked, Map<String, long[]> collectors) {

        static CpuTimes now() {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            if (mx.isThreadContentionMonitoringSupported() && !mx.isThreadContentionMonitoringEnabled()) {
                mx.setThreadContentionMonitoringEnabled(true);
            }
            Map<String, Long> threads = new TreeMap<>();
            Map<String, long[]> blocked = new TreeMap<>();
            for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
                long cpu = info == null ? -1 : mx.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    String kind = info.getThreadName().replaceAll("[0-9]+", "N");
                    threads.merge(kind, cpu, Long::sum);
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
            vm.keySet().removeIf(kind -> !kind.startsWith("GC ") && !kind.startsWith("G1 ") && !kind.contains("Compiler"));
            return new CpuTimes(process, members, vm, threads, blocked, collectors);
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
     * The run cut into slices of some {@link #SIZE} answered orders, each with its rate and CPU an order, the
     * compilers' apart, this JVM's and the members': where the fresh JVMs stop compiling, so how many orders a
     * warm-up needs to reach the steady state. A thread of its own looks at the answers every 200 ms and reads
     * {@code /proc} at each slice's end (a few ms of this JVM's CPU a slice, counted in its figures).
     */
    private static final class Slices {

        static final long SIZE = 20_000;

        private record Mark(long answered, long nanos, long process, long compilers, long members,
                            long memberCompilers) {

            static Mark now(long answered) {
                Map<String, Long> own = new TreeMap<>();
                CpuTimes.addThreads(ProcessHandle.current().pid(), own);
                Map<String, Long> members = new TreeMap<>();
                ProcessHandle.current().children().forEach(child -> CpuTimes.addThreads(child.pid(), members));
                return new Mark(answered, System.nanoTime(), ((OperatingSystemMXBean) ManagementFactory
                        .getOperatingSystemMXBean()).getProcessCpuTime(), compilers(own),
                        members.values().stream().mapToLong(Long::longValue).sum(), compilers(members));
            }

            private static long compilers(Map<String, Long> kinds) {
                return kinds.entrySet().stream().filter(e -> e.getKey().contains("Compiler"))
                        .mapToLong(Map.Entry::getValue).sum();
            }
        }

        private final List<Mark> marks = new ArrayList<>();
        private final Thread thread;

        private Slices(List<Pipeline> pipelines, long all) {
            marks.add(Mark.now(0));
            thread = new Thread(() -> watch(pipelines, all), "load-slices");
            thread.setDaemon(true);
        }

        static Slices follow(List<Pipeline> pipelines, long all) {
            Slices slices = new Slices(pipelines, all);
            slices.thread.start();
            return slices;
        }

        private void watch(List<Pipeline> pipelines, long all) {
            long next = SIZE;
            long answered = 0;
            try {
                while (answered < all) {
                    Thread.sleep(200);
                    answered = pipelines.stream().mapToLong(Pipeline::answered).sum();
                    if (answered >= Math.min(next, all)) {
                        Mark mark = Mark.now(answered);
                        synchronized (marks) {
                            marks.add(mark);
                        }
                        next = (answered / SIZE + 1) * SIZE;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void print() throws InterruptedException {
            thread.join(2_000);
            System.out.println("by slices of the answered orders (to: orders/s; this JVM's us an order, its compilers'"
                    + " in brackets; the members', theirs):");
            synchronized (marks) {
                for (int i = 1; i < marks.size(); i++) {
                    Mark from = marks.get(i - 1);
                    Mark to = marks.get(i);
                    double orders = to.answered - from.answered;
                    System.out.printf("  to %,d: %,.0f/s; %.1f (%.1f); %.1f (%.1f)%n", to.answered,
                            orders / ((to.nanos - from.nanos) / 1e9), (to.process - from.process) / 1e3 / orders,
                            (to.compilers - from.compilers) / 1e3 / orders, (to.members - from.members) / 1e3 / orders,
                            (to.memberCompilers - from.memberCompilers) / 1e3 / orders);
                }
            }
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

        void restamp(byte[] order, int at) {
            long now = System.currentTimeMillis();
            if (now != millis) {
                millis = now;
                text = LocalDateTime.ofEpochSecond(now / 1000, (int) (now % 1000) * 1_000_000, ZoneOffset.UTC)
                        .format(SENDING).getBytes(StandardCharsets.US_ASCII);
                sum = sum(text, 0, text.length);
            }
            int checksumAt = order.length - 4;
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

    private static int indexOf(byte[] bytes, String text) {
        int at = new String(bytes, StandardCharsets.US_ASCII).indexOf(text);
        if (at < 0) {
            throw new IllegalStateException("no '" + text.replace(SOH, '|') + "' in the order");
        }
        return at;
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
