package com.suanli.cluster.member;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.service.ExchangeService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Three members, each its own JVM on this machine's loopback (started with this JVM's class path, so the
 * class path must hold the cluster module), for the failover tests (the cluster's, the FIX gateway's) and the
 * benchmark. Killing one is SIGKILL ({@code destroyForcibly} on Linux).
 */
public final class LocalCluster implements AutoCloseable {

    public static final int MEMBERS = 3;
    /** The members' JVM options, as ./desk server passes them (cluster/src/jvm, copied to the class path). */
    private static final String MEMBER_ARGS = "cluster-member.args";
    private static final List<String> HOSTS = Collections.nCopies(MEMBERS, "127.0.0.1");
    /** The lowest port base {@link #freePortBase} gives, and the step between two. */
    private static final int FIRST_TEST_PORT_BASE = 10_000;
    private static final int PORT_BASE_STEP = 500;
    /** Where Linux hands out the ports of sockets bound to port 0 ({@code net.ipv4.ip_local_port_range}). */
    private static final Path EPHEMERAL_PORTS = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Linux's default first ephemeral port, where the machine does not say. */
    private static final int EPHEMERAL_START = 32_768;

    private final Path root;
    private final int portBase;
    private final Duration heartbeatTimeout;
    private final long feedHistoryKb;
    private final Process[] members = new Process[MEMBERS];
    private List<String> memberOptions = List.of();
    private List<String> jvmOptions = List.of();
    private boolean weekdayClock;

    public LocalCluster(Path root, int portBase, Duration heartbeatTimeout) {
        this(root, portBase, heartbeatTimeout, ExchangeService.FEED_HISTORY_BYTES / 1024);
    }

    /** @param feedHistoryKb the members' feed history (a small one sends the whole state to a new follower) */
    public LocalCluster(Path root, int portBase, Duration heartbeatTimeout, long feedHistoryKb) {
        this.root = root;
        this.portBase = portBase;
        this.heartbeatTimeout = heartbeatTimeout;
        this.feedHistoryKb = feedHistoryKb;
    }

    /**
     * A port base for a test's members, below the machine's ephemeral ports and with every member's five ports free
     * now. Within the ephemeral range (the tests' 40,000-59,000 were) a socket bound to port 0 anywhere on the machine
     * (a member's own replication and response channels, each client's egress, another test's) may be given a
     * member's port while that member is down between a kill and its restart, and the restart then fails on it; a
     * base whose ports are taken now is another test's cluster, whose media driver directories are named by it too.
     */
    public static int freePortBase() {
        int below = ephemeralStart() - PORT_BASE_STEP;
        if (below - FIRST_TEST_PORT_BASE < PORT_BASE_STEP) {
            throw new IllegalStateException("the ephemeral ports start at " + (below + PORT_BASE_STEP)
                    + ": no room for a test's members from " + FIRST_TEST_PORT_BASE);
        }
        SplittableRandom random = new SplittableRandom();
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = FIRST_TEST_PORT_BASE + PORT_BASE_STEP * random.nextInt((below - FIRST_TEST_PORT_BASE)
                    / PORT_BASE_STEP);
            if (portsFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("no port base from " + FIRST_TEST_PORT_BASE + " to " + below
                + " has its members' ports free");
    }

    private static int ephemeralStart() {
        // A reader, not Files.readString: on JDK 17 that gave "3" of this file, whose size /proc gives as 0.
        try (var reader = Files.newBufferedReader(EPHEMERAL_PORTS)) {
            return Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return EPHEMERAL_START;
        }
    }

    private static boolean portsFree(int portBase) {
        for (int id = 0; id < MEMBERS; id++) {
            for (int offset = 1; offset <= 5; offset++) {
                try {
                    new DatagramSocket(portBase + 100 * id + offset).close();
                } catch (IOException taken) {
                    return false;
                }
            }
        }
        return true;
    }

    /** More {@code --name value} options for every member started from now on ({@code --snapshot-every 1000}). */
    public LocalCluster memberOptions(String... options) {
        memberOptions = List.of(options);
        return this;
    }

    /**
     * JVM options for every member started from now on, after the heap's ({@code -XX:+UseParallelGC}); one that
     * names a collector replaces the members' own, Shenandoah.
     */
    public LocalCluster jvmOptions(String... options) {
        jvmOptions = List.of(options);
        return this;
    }

    /**
     * Every member started from now on stamps its log with {@link WeekdayClock}: at a weekend in Beijing the
     * members' commands then meet a trading day, not refusals of every order.
     */
    public LocalCluster onWeekdayClock() {
        weekdayClock = true;
        return this;
    }

    public void startAll() throws IOException {
        for (int id = 0; id < MEMBERS; id++) {
            start(id);
        }
    }

    /** Starts member {@code id}; a member killed before restarts from its directory. */
    public void start(int id) throws IOException {
        Path dir = root.resolve("member-" + id);
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The state grows with the seeded load (its GTC orders mostly rest; its cancels reach only the last
                // 500): 256 MB ran out at the scheduled snapshot after 1,000,000 commands, 768 MB at the one after
                // 2,000,000, when a snapshot was written through copies of the state. 4 GB, not 2: Shenandoah starts
                // its first five cycles (its learning) once 30% of the largest heap is in use, each marking the whole
                // state, so with 2 GB a member ran one every 0.4-1.1 million commands of the benchmark
                // (docs/BENCHMARKS.md, "Aeron Cluster", cluster16l). `desk server` has the JVM's default heap, a
                // quarter of the machine's memory.
                "-Xms64m", "-Xmx4g"));
        // What ./desk server runs a member with (after desk.args, whose collector and C2 thresholds the file
        // replaces); a collector among the options given replaces the file's, Shenandoah.
        boolean ownCollector = jvmOptions.stream().anyMatch(option -> option.matches("-XX:\\+Use\\w+GC"));
        deployedJvmOptions().stream().filter(option -> !ownCollector || !namesCollector(option)).forEach(command::add);
        command.addAll(jvmOptions);
        if (weekdayClock) {
            command.add("-Daeron.cluster.clock=" + WeekdayClock.class.getName());
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClusterMember.class.getName(),
                "--member", Integer.toString(id), "--members", String.join(",", HOSTS),
                "--port-base", Integer.toString(portBase), "--dir", dir.toString(),
                "--aeron-dir", "/dev/shm/suanli-test-" + portBase + "-member-" + id,
                "--heartbeat-timeout-ms", Long.toString(heartbeatTimeout.toMillis()),
                "--feed-history-kb", Long.toString(feedHistoryKb)));
        command.addAll(memberOptions);
        members[id] = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("member-" + id + ".log").toFile()))
                .start();
    }

    /** The members' JVM options of the checkout, {@code cluster/src/jvm/cluster-member.args}. */
    public static List<String> deployedJvmOptions() {
        try (InputStream file = LocalCluster.class.getResourceAsStream(MEMBER_ARGS)) {
            if (file == null) {
                throw new IllegalStateException(MEMBER_ARGS + " is not on the class path: build the cluster module");
            }
            return JvmArgumentFile.options(new String(file.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(MEMBER_ARGS + ": " + e.getMessage(), e);
        }
    }

    private static boolean namesCollector(String option) {
        return option.matches("-XX:[+-]Use\\w+GC");
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill(int id) throws InterruptedException {
        members[id].destroyForcibly();
        members[id].waitFor(10, TimeUnit.SECONDS);
    }

    public boolean isAlive(int id) {
        return members[id] != null && members[id].isAlive();
    }

    public ClientConfig clientConfig(long clientId) {
        return ClientConfig.of(clientId, HOSTS, portBase, "127.0.0.1");
    }

    /** The member's last state report, if it wrote one. */
    public Properties report(int id) throws IOException {
        Path file = root.resolve("member-" + id).resolve(ExchangeService.REPORT_FILE);
        Properties report = new Properties();
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                report.load(reader);
            }
        }
        return report;
    }

    /**
     * Waits up to {@code timeout} until member {@code id} wrote a state report (a member that is behind writes
     * it once it caught up to the REPORT); empty properties when it did not.
     */
    public Properties awaitReport(int id, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties report = report(id);
        while (report.getProperty("stateHash") == null && System.nanoTime() < deadline) {
            Thread.sleep(200);
            report = report(id);
        }
        return report;
    }

    public String log(int id) throws IOException {
        Path file = root.resolve("member-" + id + ".log");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /**
     * The snapshots the members logged so far ({@code member 0 took a snapshot of ... bytes at ... commands
     * applied}): one taken within a measured run costs it the writing of the whole state on every member, and the
     * first one the compiling of that code too.
     */
    public List<String> snapshotsTaken() throws IOException {
        List<String> taken = new ArrayList<>();
        for (int id = 0; id < MEMBERS; id++) {
            int member = id;
            log(id).lines().filter(line -> line.contains("took a snapshot"))
                    .map(line -> "member " + member + " " + line.substring(line.indexOf("took a snapshot")))
                    .forEach(taken::add);
        }
        return taken;
    }

    /** SIGTERM to every member still running, then SIGKILL to any still there after 10 s. */
    @Override
    public void close() throws InterruptedException {
        for (Process member : members) {
            if (member != null) {
                member.destroy();
            }
        }
        for (Process member : members) {
            if (member != null && !member.waitFor(10, TimeUnit.SECONDS)) {
                member.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
