package com.suanli.bench.store;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.AcknowledgementListener;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.Durability;
import com.suanli.data.host.ExchangeHost;
import com.suanli.data.host.HostOptions;
import com.suanli.data.host.JournalRecovery;
import com.suanli.data.host.SeededLoad;
import com.suanli.data.host.WorkingSizeLoad;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.listing.Catalogue;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Times the exchange host's journal (docs/BENCHMARKS.md, "Exchange host and journal"), each figure
 * beside the same with durability off, in one run:
 * <ul>
 * <li>{@code disk DIR}: 64 KB appends to a file, each followed by an fsync, and without it;</li>
 * <li>{@code throughput DIR N}: N seeded commands submitted by one producer as fast as the host takes
 * them, WRITTEN then SYNCED twice (both passes printed, the second is the figure), and the engine alone;</li>
 * <li>{@code latency DIR N RATE [seeded|working] [futures|listener]}: N commands paced at RATE a second,
 * submit to acknowledgement measured from each command's intended send time (no coordinated omission),
 * WRITTEN and SYNCED, with the bytes allocated per command;</li>
 * <li>{@code recovery DIR N}: N commands journalled, then a full replay from the journal, and the same
 * commands fed to an engine from memory.</li>
 * </ul>
 * <pre>java -cp ... com.suanli.bench.store.JournalTiming throughput /tmp/jt 2000000</pre>
 */
public final class JournalTiming {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final long START = 1_796_000_000_000L;
    /** An account's limit orders before the working-size load cancels them: at most 20,000 rest, over eight books. */
    private static final int ORDERS_PER_ACCOUNT = 100;

    private JournalTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        switch (args[0]) {
            case "disk" -> disk(dir);
            case "throughput" -> throughput(dir, Integer.parseInt(args[2]));
            case "latency" -> latency(dir, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? args[4] : "seeded", args.length > 5 ? args[5] : "futures");
            case "recovery" -> recovery(dir, Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("mode: " + args[0] + " is not disk, throughput, latency or recovery");
        }
    }

    private static void disk(Path dir) throws IOException {
        for (boolean sync : new boolean[] {true, false}) {
            Path file = dir.resolve("appends");
            Files.deleteIfExists(file);
            ByteBuffer block = ByteBuffer.allocateDirect(64 * 1024);
            int appends = 500;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                long t0 = System.nanoTime();
                for (int i = 0; i < appends; i++) {
                    block.clear();
                    channel.write(block);
                    if (sync) {
                        channel.force(false);
                    }
                }
                double ms = (System.nanoTime() - t0) / 1e6 / appends;
                System.out.printf("64 KB append%s: %.3f ms each, %.1f MB/s%n", sync ? " + fsync" : " (no fsync)", ms,
                        64.0 / 1024 / (ms / 1000));
            }
        }
    }

    private static Command[] commands(long seed, int n) {
        SeededLoad load = new SeededLoad(seed, CATALOGUE, START);
        Command[] commands = new Command[n];
        for (int i = 0; i < n; i++) {
            commands[i] = load.next();
        }
        return commands;
    }

    private static DeskStore freshStore(Path dir, String name) throws IOException {
        Files.deleteIfExists(dir.resolve(name + ".mv.db"));
        return DeskStore.open(StoreAddress.file(dir.resolve(name)), FileKey.NONE);
    }

    private static void throughput(Path dir, int n) throws IOException {
        Command[] commands = commands(1, n);
        // A first pass, not reported, so neither setting is measured with a cold JIT.
        for (Durability durability : new Durability[] {Durability.WRITTEN, Durability.SYNCED, Durability.WRITTEN,
                Durability.SYNCED}) {
            try (DeskStore store = freshStore(dir, "throughput-" + durability)) {
                HostOptions options = HostOptions.defaults().withDurability(durability).withSnapshotEvery(0);
                try (ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), options)) {
                    long t0 = System.nanoTime();
                    CompletableFuture<Acknowledged> last = null;
                    for (Command c : commands) {
                        last = host.submit(c);
                    }
                    last.join();
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("%s: %,d commands in %.2f s, %,.0f commands/s, journal file %,d bytes%n",
                            durability, n, s, n / s, Files.size(dir.resolve("throughput-" + durability + ".mv.db")));
                }
            }
        }
        Engine engine = new Engine(CATALOGUE, EngineConfig.defaults(), EventSink.NONE);
        long t0 = System.nanoTime();
        for (Command c : commands) {
            engine.submit(c);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("engine alone, no journal: %,d commands in %.2f s, %,.0f commands/s%n", n, s, n / s);
    }

    /**
     * Submit to acknowledgement at a paced rate. The commands are made as they are sent, so the timing
     * keeps no more alive than the host and its engine do: {@code seeded} is the throughput's load, whose
     * books grow without bound; {@code working} the same with its books kept to a working size
     * ({@link WorkingSizeLoad}, {@value #ORDERS_PER_ACCOUNT} orders an account). Beside the latency, the bytes
     * the run's threads allocated per command (the thread allocation counter, after the warm-up): the producer
     * (the load making its commands and submitting them) and the host's threads. {@code futures} takes each
     * acknowledgement as the workstation does, from the future {@code submit} returns (a dependent action
     * records the time); {@code listener} as a high-rate producer does, through one listener for every
     * command ({@link AcknowledgementListener}), which makes no object a command.
     */
    private static void latency(Path dir, int n, int rate, String loadName, String acknowledgement) throws IOException {
        if (!acknowledgement.equals("futures") && !acknowledgement.equals("listener")) {
            throw new IllegalArgumentException("acknowledgement: " + acknowledgement + " is not futures or listener");
        }
        // A first pass of a fifth, not reported, so that neither setting is measured with a cold JIT.
        latency(dir, Math.max(10, n / 5), rate, loadName, acknowledgement, Durability.WRITTEN, false);
        for (Durability durability : Durability.values()) {
            latency(dir, n, rate, loadName, acknowledgement, durability, true);
        }
    }

    private static void latency(Path dir, int n, int rate, String loadName, String acknowledgement,
                                Durability durability, boolean report) throws IOException {
        Supplier<Command> load = load(loadName);
        long[] latencies = new long[n];
        long[] gcBefore = gcCountAndMillis();
        Map<String, Long> allocatedBefore = Map.of();
        Map<String, Long> allocated;
        long liveHeap;
        String pageCache;
        int warm = n / 10;
        try (DeskStore store = freshStore(dir, "latency-" + durability)) {
            HostOptions options = HostOptions.defaults().withDurability(durability).withSnapshotEvery(0);
            try (ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), options)) {
                long interval = 1_000_000_000L / rate;
                long t0 = System.nanoTime();
                AcknowledgementListener timer = timer(latencies, t0, interval);
                for (int i = 0; i < n; i++) {
                    if (i == warm) {
                        allocatedBefore = allocatedByThread();
                    }
                    Command command = load.get();
                    long intended = t0 + i * interval;
                    while (System.nanoTime() < intended) {
                        LockSupport.parkNanos(1_000);
                    }
                    if (acknowledgement.equals("listener")) {
                        host.submit(command, timer);
                    } else {
                        int index = i;
                        host.submit(command).thenRun(() -> latencies[index] = System.nanoTime() - intended);
                    }
                }
                host.ask(e -> null).join(); // after every acknowledgement
                allocated = allocatedByThread();
                liveHeap = liveHeapBytes();
                pageCache = pageCache(store);
            }
        }
        if (!report) {
            return;
        }
        long[] gcAfter = gcCountAndMillis();
        System.out.printf("%s: %d collections, %d ms in them (the JVM's collectors, the whole run); live heap at the end"
                + " %.1f MB, H2's page cache %s%n", durability, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1],
                liveHeap / 1e6, pageCache);
        printAllocation(durability, allocatedBefore, allocated, n - warm);
        long[] measured = Arrays.copyOfRange(latencies, warm, n);
        Arrays.sort(measured);
        System.out.printf("%s at %,d/s, %s load, %s (%,d measured after %,d warm-up): p50 %.3f ms, p99 %.3f ms,"
                + " p99.9 %.3f ms, max %.3f ms%n", durability, rate, loadName, acknowledgement, measured.length, warm,
                pct(measured, 0.50), pct(measured, 0.99), pct(measured, 0.999), measured[measured.length - 1] / 1e6);
    }

    /** The heap in use after a full collection: what the host, its engine and H2 keep alive. */
    private static long liveHeapBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** H2's page cache: used / most, in MB. */
    private static String pageCache(DeskStore store) {
        try (Connection c = store.dedicatedConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME IN ('info.CACHE_SIZE', 'info.CACHE_MAX_SIZE') ORDER BY SETTING_NAME DESC")) {
            StringBuilder cache = new StringBuilder();
            while (r.next()) {
                cache.append(cache.length() == 0 ? "" : " / ").append(r.getString(2));
            }
            return cache.append(" MB").toString();
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Records each command's latency from its sequence: the n-th command of a fresh journal was meant for t0 + (n-1) intervals. */
    private static AcknowledgementListener timer(long[] latencies, long t0, long interval) {
        return new AcknowledgementListener() {
            @Override
            public void onAcknowledged(Command command, long sequence, long lastEventSequence, CommandRejected rejection) {
                latencies[(int) (sequence - 1)] = System.nanoTime() - (t0 + (sequence - 1) * interval);
            }

            @Override
            public void onFailed(Command command, Throwable reason) {
                throw new IllegalStateException("command not journalled: " + reason.getMessage(), reason);
            }
        };
    }

    private static Supplier<Command> load(String name) {
        return switch (name) {
            case "seeded" -> new SeededLoad(2, CATALOGUE, START)::next;
            case "working" -> new WorkingSizeLoad(2, CATALOGUE, START, ORDERS_PER_ACCOUNT)::next;
            default -> throw new IllegalArgumentException("load: " + name + " is not seeded or working");
        };
    }

    /** The bytes each live thread has allocated so far, by name (the host's threads are named host-...). */
    private static Map<String, Long> allocatedByThread() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, Long> bytes = new TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long allocated = threads.getThreadAllocatedBytes(t.getId());
            if (allocated > 0) {
                bytes.merge(t.getName(), allocated, Long::sum);
            }
        }
        return bytes;
    }

    private static void printAllocation(Durability durability, Map<String, Long> before, Map<String, Long> after,
                                        int commands) {
        StringBuilder line = new StringBuilder(durability + ": bytes allocated per command after the warm-up:");
        long total = 0;
        for (Map.Entry<String, Long> thread : after.entrySet()) {
            long bytes = thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
            if (bytes > commands) {
                line.append(String.format(" %s %.1f,", thread.getKey(), (double) bytes / commands));
            }
            total += bytes;
        }
        System.out.println(line.append(String.format(" all threads %.1f", (double) total / commands)));
    }

    private static long[] gcCountAndMillis() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void recovery(Path dir, int n) throws IOException {
        Command[] commands = commands(3, n);
        long hash;
        try (DeskStore store = freshStore(dir, "recovery")) {
            HostOptions options = HostOptions.defaults().withDurability(Durability.WRITTEN).withSnapshotEvery(0);
            try (ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), options)) {
                CompletableFuture<Acknowledged> last = null;
                for (Command c : commands) {
                    last = host.submit(c);
                }
                last.join();
                hash = host.ask(Engine::stateHash).join();
            }
        }
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            try (DeskStore store = DeskStore.open(StoreAddress.file(dir.resolve("recovery")), FileKey.NONE)) {
                JournalRecovery.Recovered recovered = JournalRecovery.replayFromStart(store, CATALOGUE, EngineConfig.defaults());
                double s = (System.nanoTime() - t0) / 1e9;
                if (recovered.engine().stateHash() != hash || recovered.lastSequence() != n) {
                    throw new IllegalStateException("recovered state differs");
                }
                System.out.printf("run %d: opened the database and replayed %,d journalled commands in %.2f s%n",
                        run + 1, n, s);
            }
            Engine engine = new Engine(CATALOGUE, EngineConfig.defaults(), EventSink.NONE);
            long t1 = System.nanoTime();
            for (Command c : commands) {
                engine.submit(c);
            }
            System.out.printf("run %d: the same commands from memory into an engine: %.2f s%n", run + 1,
                    (System.nanoTime() - t1) / 1e9);
        }
    }
}
