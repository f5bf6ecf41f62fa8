package com.suanli.cluster.service;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.cluster.member.LocalCluster;
import com.suanli.cluster.member.Transport;
import com.suanli.cluster.member.WeekdayClock;
import com.suanli.cluster.mirror.ClusterMirror;
import com.suanli.cluster.protocol.Outcome;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.EventFanOut;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.host.SeededClearing;
import com.suanli.data.host.SeededLoad;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.listing.Catalogue;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.SynchronizedHistogram;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures of docs/BENCHMARKS.md, "Aeron Cluster": acknowledged commands per second through three
 * members with batching, latency percentiles at a paced 10,000 commands/s, and the time from a leader's
 * SIGKILL to the acknowledgement of the next command. The members run on {@link WeekdayClock}, so the load meets a
 * trading day at a weekend in Beijing too (on the wall clock every order would be refused there), and each run
 * prints how many commands the engine refused and why: a run of refusals is no measure of the matching. It
 * asserts nothing and runs only when asked:
 * {@code ./mvnw -o -pl cluster -am test -Dtest=ClusterBenchmark -Dcluster.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "cluster.benchmark", matches = "true")
class ClusterBenchmark {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    /** The members' clock, for the state machine applied alone in this JVM. */
    private static final WeekdayClock CLOCK = new WeekdayClock();
    private static final int THROUGHPUT_COMMANDS = Integer.getInteger("cluster.benchmark.commands", 200_000);
    /**
     * The most commands before the first measured run. The warm-up goes on until the members' JIT is quiet
     * ({@link #QUIET_COMPILERS}), not for a guessed count: after a fixed 1,200,000 their C2 compilers still took 4.3-5.1
     * µs a command each in the third measured run (docs/BENCHMARKS.md, "Aeron Cluster", 2026-12-05), so the measured
     * runs paid for compiling. Past this many it stops and says the JIT did not settle: the state grows with the
     * load, and with 4,000,000 of warm-up two members ran out of their 2 GB writing the scheduled snapshot at
     * 5,000,000 commands (281 MB), so the warm-up, the measured runs and the rest stay under that.
     */
    private static final int WARM_UP = Integer.getInteger("cluster.benchmark.warmup", 2_400_000);
    /**
     * A member's compiler threads' CPU a command in a warm-up run under which its code counts as compiled: 0.2 µs is
     * 40 ms in a run of 200,200, against 4-21 µs in the first run. The JIT never falls silent: each scheduled snapshot
     * and Aeron's own paths (made not entrant and compiled again) bring a few compilations a run, 0-0.65 µs a
     * command a member from 1,400,000 commands to 3,800,000 ({@code -XX:+PrintCompilation}, 2026-12-05).
     */
    private static final double QUIET_COMPILERS = 0.2;
    /** Measured runs of the seeded load in {@link #measure}, of which the median and the spread are reported. */
    private static final int MEASURED_RUNS = Integer.getInteger("cluster.benchmark.measured", 5);
    private static final int PACED_RATE = 10_000;
    private static final int PACED_SECONDS = 10;
    private static final int RUNS = Integer.getInteger("cluster.benchmark.runs", 2);
    private static final int FAILOVERS = Integer.getInteger("cluster.benchmark.failovers", 3);
    private static final Duration HEARTBEAT = Duration.ofMillis(Integer.getInteger("cluster.benchmark.heartbeat", 500));
    /** How long a run, or a member catching up, may take before the benchmark calls the cluster stalled. */
    private static final Duration STALLED = Duration.ofMinutes(5);

    @TempDir
    Path root;

    /** The commands sent, from the opening of the load's members on; each fresh cluster starts it again. */
    private SeededLoad load = SeededLoad.openingItsMembers(99, CATALOGUE, 0);
    /**
     * The load's orders the cluster accepted so far, which is the last one's exchange order id: the engine numbers
     * the orders it accepts from 1, the load's are the only orders a fresh cluster is sent, and its outcomes are
     * read in the order sent (an {@link Outcome} says accepted or refused, not the id).
     */
    private long acceptedOrders;
    private final OutcomeReply reply = new OutcomeReply();
    /** The references of the deposits that top the load's accounts up, apart from the load's own. */
    private long topUps = 1_000_000_000L;

    /**
     * The goal's figures. {@code -Dcluster.benchmark.jvms=-XX:+UseG1GC;-XX:+UseShenandoahGC} measures each set of the
     * members' JVM options (after {@link LocalCluster}'s own) in turn, each on a fresh cluster with the same commands:
     * failover included, since a collector's pauses are what starts an election.
     */
    @Test
    void measure() throws Exception {
        if (!Files.isDirectory(Path.of("/dev/shm"))) {
            return;
        }
        System.out.printf("load average at the start: %s%n", loadAverage());
        stateMachineCost(THROUGHPUT_COMMANDS, 4);
        String[] jvms = jvmSets();
        for (int set = 0; set < jvms.length; set++) {
            String[] jvm = options(jvms[set]);
            System.out.printf("members' JVM options %s; load average %s%n", List.of(jvm), loadAverage());
            load = SeededLoad.openingItsMembers(99, CATALOGUE, 0);
            acceptedOrders = 0;
            int portBase = LocalCluster.freePortBase();
            try (LocalCluster cluster = new LocalCluster(root.resolve("jvm-" + set), portBase, HEARTBEAT)
                    .jvmOptions(jvm).onWeekdayClock()) {
                cluster.startAll();
                try (ClusterExchangeClient client = ClusterExchangeClient.connect(cluster.clientConfig(1),
                        Duration.ofSeconds(60))) {
                    warmUp(cluster, client);
                    List<Run> runs = new ArrayList<>();
                    for (int run = 1; run <= MEASURED_RUNS; run++) {
                        runs.add(throughput(cluster, client, THROUGHPUT_COMMANDS, "run " + run));
                    }
                    Run.printSpread(runs);
                    // After the measured runs, not between them: this JVM's compilers, compiling the state machine
                    // applied alone, ran on into the next measured run and counted as the client's CPU (its C2
                    // 2.3 µs a command in one run: docs/BENCHMARKS.md, "Aeron Cluster", cluster16k).
                    for (int run = 1; run <= MEASURED_RUNS; run++) {
                        alone(THROUGHPUT_COMMANDS, "run " + run);
                    }
                    ticks(client, THROUGHPUT_COMMANDS);
                    aloneOf(THROUGHPUT_COMMANDS, "time ticks", () -> new TimeTick(0));
                    refusedCancels(client, THROUGHPUT_COMMANDS);
                    aloneOf(THROUGHPUT_COMMANDS, "cancels of unknown orders", ClusterBenchmark::unknownCancel);
                    paced(client, 1_000);
                    paced(client, PACED_RATE);
                    for (int kill = 0; kill < FAILOVERS; kill++) {
                        failover(cluster, client);
                    }
                }
            }
        }
        System.out.printf("load average at the end: %s%n", loadAverage());
    }

    /**
     * Transports and batches compared back to back, each on a fresh cluster: {@code -Dcluster.benchmark.settings=
     * 1408/100/256,8192/1000/1024} is two settings of MTU (bytes) / idle park (µs) / commands a message, for the
     * members and the client alike. Each is warmed up, then measured with the seeded load ({@code
     * cluster.benchmark.runs} runs), time ticks, cancels the engine refuses, and a paced 10,000 commands/s; the load average is printed at
     * its start and end. {@code -Dcluster.benchmark.jvms=-XX:+UseG1GC;-XX:+UseParallelGC} runs each setting once
     * for each of those sets of the members' JVM options. Run alone: {@code -Dtest=ClusterBenchmark#compareTransports}.
     */
    @Test
    void compareTransports() throws Exception {
        if (!Files.isDirectory(Path.of("/dev/shm"))) {
            return;
        }
        String[] settings = System.getProperty("cluster.benchmark.settings", "1408/100/256").split(",");
        String[] jvms = jvmSets();
        for (int round = 0; round < settings.length * jvms.length; round++) {
            String[] parts = settings[round / jvms.length].trim().split("/");
            String[] jvm = options(jvms[round % jvms.length]);
            Transport transport = new Transport(Integer.parseInt(parts[0]),
                    Duration.ofNanos(1_000L * Integer.parseInt(parts[1])));
            int batch = Integer.parseInt(parts[2]);
            int window = parts.length > 3 ? Integer.parseInt(parts[3]) : ClientConfig.WINDOW;
            System.out.printf("settings: MTU %d, idle park %d µs, batches of %d, window %d, members' JVM options %s;"
                    + " load average %s%n", transport.mtu(), transport.idlePark().toNanos() / 1_000, batch, window,
                    List.of(jvm), loadAverage());
            int portBase = LocalCluster.freePortBase();
            // The same commands for every setting: a fresh exchange given the load's middle would refuse them all
            // (no firms, no accounts), at a fraction of the cost.
            load = SeededLoad.openingItsMembers(99, CATALOGUE, 0);
            acceptedOrders = 0;
            try (LocalCluster cluster = new LocalCluster(root.resolve("settings-" + round), portBase, HEARTBEAT)
                    .memberOptions("--mtu", parts[0], "--idle-park-us", parts[1]).jvmOptions(jvm).onWeekdayClock()) {
                cluster.startAll();
                try (ClusterExchangeClient client = ClusterExchangeClient.connect(cluster.clientConfig(1)
                        .withTransport(transport).withWindow(window, batch), Duration.ofSeconds(60))) {
                    warmUp(cluster, client);
                    for (int run = 1; run <= RUNS; run++) {
                        throughput(cluster, client, THROUGHPUT_COMMANDS, "run " + run);
                    }
                    ticks(client, THROUGHPUT_COMMANDS);
                    refusedCancels(client, THROUGHPUT_COMMANDS);
                    paced(client, PACED_RATE);
                }
            }
            System.out.printf("  load average at the end: %s%n", loadAverage());
        }
    }

    /** {@code -Dcluster.benchmark.jvms}: sets of the members' JVM options, split at {@code ;} (one empty set by default). */
    private static String[] jvmSets() {
        return System.getProperty("cluster.benchmark.jvms", "").split(";");
    }

    private static String[] options(String set) {
        return set.isBlank() ? new String[0] : set.trim().split(" +");
    }

    private static String loadAverage() throws java.io.IOException {
        Path file = Path.of("/proc/loadavg");
        return Files.exists(file) ? Files.readString(file).trim() : "unknown";
    }

    /**
     * The feed's cost: acknowledged commands per second with no follower, then with a second client following
     * the feed into a mirror (the gateway's way), alternately in one session; after each followed run, how long
     * the mirror took past the last acknowledgement to reach the leader's last event. Run alone:
     * {@code -Dtest=ClusterBenchmark#measureTheFeed}.
     */
    @Test
    void measureTheFeed() throws Exception {
        if (!Files.isDirectory(Path.of("/dev/shm"))) {
            return;
        }
        int portBase = LocalCluster.freePortBase();
        try (LocalCluster cluster = new LocalCluster(root, portBase, HEARTBEAT).onWeekdayClock();
             ClusterMirror mirror = new ClusterMirror(ExchangeSetup.desk(CATALOGUE), 2)) {
            cluster.startAll();
            try (ClusterExchangeClient client = ClusterExchangeClient.connect(cluster.clientConfig(1),
                    Duration.ofSeconds(60))) {
                warmUp(cluster, client);
                ClusterExchangeClient follower = null;
                try {
                    for (int run = 1; run <= 3; run++) {
                        throughput(cluster, client, THROUGHPUT_COMMANDS, "run " + run + " with no follower");
                        if (follower == null) {
                            follower = ClusterExchangeClient.connect(cluster.clientConfig(2), Duration.ofSeconds(60),
                                    mirror);
                        }
                        throughput(cluster, client, THROUGHPUT_COMMANDS, "run " + run + " with a mirror following");
                        long acknowledged = System.nanoTime();
                        long last = client.report().join().lastEventSequence();
                        while (mirror.lastEventSequence() < last) {
                            Thread.sleep(1);
                        }
                        System.out.printf("  the mirror reached the leader's last event %.0f ms after the last"
                                + " acknowledgement%n", (System.nanoTime() - acknowledged) / 1e6);
                    }
                } finally {
                    if (follower != null) {
                        follower.close();
                    }
                }
            }
        }
    }

    /**
     * The warm-up in runs of the measured size, each printed, until two runs in a row in which every member's
     * compilers took under {@link #QUIET_COMPILERS} µs a command (or {@link #WARM_UP} commands were sent): the
     * measured runs then measure compiled code, and print their own compilers' share to show it stayed so. Two, as
     * the JIT's work comes in bursts: after a single quiet run at 1,400,000 commands, the next runs took up to 0.86 µs
     * a command a member again.
     */
    private void warmUp(LocalCluster cluster, ClusterExchangeClient client) throws Exception {
        int quiet = 0;
        for (int done = 0, run = 1; done < WARM_UP; done += THROUGHPUT_COMMANDS, run++) {
            Run warm = throughput(cluster, client, Math.min(THROUGHPUT_COMMANDS, WARM_UP - done), "warm-up " + run);
            quiet = warm.compilers().values().stream().allMatch(micros -> micros < QUIET_COMPILERS) ? quiet + 1 : 0;
            if (quiet == 2) {
                System.out.printf("warm-up: every member's compilers under %.2f µs a command in two runs in a row,"
                        + " after %,d commands%n", QUIET_COMPILERS, done + THROUGHPUT_COMMANDS);
                return;
            }
        }
        System.out.printf("warm-up: the members' compilers were still busy after %,d commands%n", WARM_UP);
    }

    /**
     * One run's figures: acknowledged commands a second, the rate all three members applied them at, the CPU a
     * command of all processes and each member's compilers' and collectors' shares of it.
     */
    private record Run(String label, double acknowledged, double applied, double cpuMicros,
                       Map<String, Double> compilers, Map<String, Double> collectors) {

        /**
         * A member's collector's workers took more than this, µs a command, in a run a collection cycle fell in:
         * between cycles Shenandoah's take under 0.1, in a cycle 1.2-3.3 (docs/BENCHMARKS.md, "Aeron Cluster",
         * cluster16o).
         */
        static final double CYCLE = 1.0;

        boolean heldACycle() {
            return collectors.values().stream().anyMatch(micros -> micros > CYCLE);
        }

        /**
         * The median of the measured runs and their spread (the lowest and highest), the goal's figure; then the
         * runs a collection cycle fell in, and the median of the others beside it (a member's cycle marks its whole
         * state, its CPU counted in the one run it falls in: said apart, not left out).
         */
        static void printSpread(List<Run> runs) {
            System.out.printf("measured runs: %d; acknowledged commands/s median %,.0f (lowest %,.0f, highest %,.0f);"
                    + " applied by all three median %,.0f (%,.0f-%,.0f); CPU a command median %.2f µs (%.2f-%.2f);"
                    + " the busiest member's compilers at most %.2f µs a command%n", runs.size(),
                    median(runs, Run::acknowledged), lowest(runs, Run::acknowledged), highest(runs, Run::acknowledged),
                    median(runs, Run::applied), lowest(runs, Run::applied), highest(runs, Run::applied),
                    median(runs, Run::cpuMicros), lowest(runs, Run::cpuMicros), highest(runs, Run::cpuMicros),
                    runs.stream().flatMap(run -> run.compilers().values().stream()).mapToDouble(Double::doubleValue)
                            .max().orElse(0));
            List<Run> cycles = runs.stream().filter(Run::heldACycle).toList();
            List<Run> others = runs.stream().filter(run -> !run.heldACycle()).toList();
            System.out.printf("  a collection cycle in a member fell in: %s%s%n",
                    cycles.isEmpty() ? "no run" : cycles.stream().map(Run::label).toList(),
                    cycles.isEmpty() || others.isEmpty() ? "" : String.format("; the %d others: acknowledged commands/s"
                            + " median %,.0f, CPU a command median %.2f µs", others.size(),
                            median(others, Run::acknowledged), median(others, Run::cpuMicros)));
        }

        private static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
            double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        private static double lowest(List<Run> runs, ToDoubleFunction<Run> figure) {
            return runs.stream().mapToDouble(figure).min().orElse(0);
        }

        private static double highest(List<Run> runs, ToDoubleFunction<Run> figure) {
            return runs.stream().mapToDouble(figure).max().orElse(0);
        }
    }

    /**
     * Commands acknowledged a second (committed by a majority, applied by the leader), then the rate every member
     * applied them at: a follower's service may lag the log, which the next run pays for. {@code count} commands of
     * the seeded load, then the accounts' {@link #topUp} for the next run (after the load's opening, which opens them).
     */
    private Run throughput(LocalCluster cluster, ClusterExchangeClient client, int count, String label)
            throws Exception {
        List<Command> topUp = topUp();
        int commands = count + topUp.size();
        List<Command> sent = new ArrayList<>(commands);
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>(commands);
        List<String> snapshots = cluster.snapshotsTaken();
        ThreadCpu before = ThreadCpu.now();
        long start = System.nanoTime();
        // Each command made as it is sent, after the acknowledgements that arrived so far are fed to the load:
        // its cancels and amendments name the orders accepted up to a window's flight before.
        int fed = 0;
        for (int i = 0; i < commands; i++) {
            fed = feedArrived(sent, outcomes, fed);
            Command command = i < count ? load.next() : topUp.get(i - count);
            sent.add(command);
            outcomes.add(client.submit(command));
        }
        awaitAll(outcomes);
        feedArrived(sent, outcomes, fed);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("throughput %s: %,d commands acknowledged in %.2f s: %,.0f commands/s%n", label, commands,
                seconds, commands / seconds);
        // The CPU before the benchmark's own tally of the refusals, which is no part of the client's work.
        ThreadCpu after = ThreadCpu.now();
        printRefusals(outcomes, seconds);
        double cpu = after.printSince(before, commands, seconds, "member " + client.leaderMemberId());
        Map<String, Double> compilers = after.compilersSince(before, commands);
        System.out.printf("  the members' compilers, µs a command:%s%n", byMember(compilers));
        Map<String, Double> collectors = after.collectorsSince(before, commands);
        System.out.printf("  the members' collectors' workers, µs a command:%s%n", byMember(collectors));
        String hash = sameState(cluster, client.report().join());
        double all = (System.nanoTime() - start) / 1e9;
        System.out.printf("  applied by all three members %.2f s after the start: %,.0f commands/s; their state hashes"
                + " equal, %s%n", all, commands / all, hash);
        List<String> taken = cluster.snapshotsTaken();
        taken.removeAll(snapshots);
        if (!taken.isEmpty()) {
            System.out.printf("  the members' scheduled snapshot fell in this run: %s%n", taken);
        }
        return new Run(label, commands / seconds, commands / all, cpu, compilers, collectors);
    }

    private static String byMember(Map<String, Double> micros) {
        return micros.entrySet().stream().map(member -> String.format(" %s %.3f", member.getKey(), member.getValue()))
                .collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * Waits until every member reported its state at the leader's {@code report} (a follower's service may lag the
     * commit) and checks that all three hold the same state; returns its hash. Fails naming the member that did not
     * get there within {@link #STALLED} (its log, {@code member-N.log}, says why) or whose state differs.
     */
    private static String sameState(LocalCluster cluster, StateReport report) throws Exception {
        String applied = Long.toString(report.commandsApplied());
        String hash = Long.toHexString(report.stateHash());
        long deadline = System.nanoTime() + STALLED.toNanos();
        for (int id = 0; id < LocalCluster.MEMBERS; id++) {
            Properties state = cluster.report(id);
            while (!applied.equals(state.getProperty("commandsApplied"))) {
                if (!cluster.isAlive(id) || System.nanoTime() > deadline) {
                    String log = cluster.log(id);
                    throw new IllegalStateException("member " + id + " did not apply the leader's " + applied
                            + " commands within " + STALLED.toSeconds() + " s (it reports " + state + "); its log ends: "
                            + log.substring(Math.max(0, log.length() - 800)));
                }
                Thread.sleep(2);
                state = cluster.report(id);
            }
            if (!hash.equals(state.getProperty("stateHash"))) {
                throw new IllegalStateException("member " + id + " holds state " + state.getProperty("stateHash")
                        + " after " + applied + " commands, the leader " + hash);
            }
        }
        return hash;
    }

    /**
     * Every command of a run acknowledged within {@link #STALLED}, or the run fails (a member gone, a lost majority).
     * Each future waited for in turn: {@code allOf} over a run's 200,000 would hang a tree of as many relays on them,
     * whose completions the client's thread would run as it acknowledges, a cost of the benchmark and not the client's.
     */
    private static void awaitAll(List<? extends CompletableFuture<?>> outcomes) throws Exception {
        long deadline = System.nanoTime() + STALLED.toNanos();
        try {
            for (CompletableFuture<?> outcome : outcomes) {
                outcome.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            long done = outcomes.stream().filter(CompletableFuture::isDone).count();
            throw new IllegalStateException("only " + done + " of " + outcomes.size() + " commands acknowledged in "
                    + STALLED.toSeconds() + " s: the cluster stalled (see the members' logs)", e);
        }
    }

    /**
     * The commands the engine refused, by reason. The seeded load has its share (orders beyond an account's
     * cash, cancels of filled orders); every order refused for the day (a weekend on the wall clock) says the run
     * measured refusals, not matching.
     */
    private static void printRefusals(List<CompletableFuture<Outcome>> outcomes, double seconds) {
        Map<String, Integer> reasons = new TreeMap<>();
        for (CompletableFuture<Outcome> outcome : outcomes) {
            outcome.join().reason().ifPresent(text -> reasons.merge(text.split(":", 2)[0], 1, Integer::sum));
        }
        int refused = reasons.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("  refused by the engine: %,d of %,d (%.1f%%), accepted %,.0f commands/s%s%n", refused,
                outcomes.size(), 100.0 * refused / outcomes.size(), (outcomes.size() - refused) / seconds,
                reasons.isEmpty() ? "" : "; by reason " + reasons);
    }

    /**
     * A deposit of the opening's funds into each of the load's accounts, at the end of every run of the seeded
     * load. Its GTC orders mostly rest, and their initial margin reaches an account's cash: without this, from the
     * fourth run of 200,000 on, four commands in five were orders refused by the pre-trade check, which measured
     * the refusal and not the matching (docs/BENCHMARKS.md, "Aeron Cluster", 2026-12-04 evening). 200 commands a
     * run.
     */
    private List<Command> topUp() {
        List<Command> deposits = new ArrayList<>(SeededLoad.ACCOUNTS);
        for (int i = 0; i < SeededLoad.ACCOUNTS; i++) {
            deposits.add(new Deposit(0, ClearingSetup.FIRST_MEMBER_ACCOUNT + i, SeededClearing.FUNDS, ++topUps));
        }
        return deposits;
    }

    /** Time ticks in the same batches: the engine looks at every instrument's bars for each (962 of them). */
    private void ticks(ClusterExchangeClient client, int commands) throws Exception {
        acknowledged(client, commands, "time ticks", () -> new TimeTick(0));
    }

    /**
     * Cancels of orders that do not exist, in the same batches: the engine refuses each after one lookup, and each
     * answer carries the refusal's text (about 45 bytes), so the leader's answers are larger than the commands.
     */
    private void refusedCancels(ClusterExchangeClient client, int commands) throws Exception {
        acknowledged(client, commands, "cancels of unknown orders (refused)", ClusterBenchmark::unknownCancel);
    }

    private static Command unknownCancel() {
        return new CancelOrder(0, 1, Long.MAX_VALUE);
    }

    private void acknowledged(ClusterExchangeClient client, int commands, String what, Supplier<Command> source)
            throws Exception {
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>(commands);
        ThreadCpu before = ThreadCpu.now();
        long start = System.nanoTime();
        for (int i = 0; i < commands; i++) {
            outcomes.add(client.submit(source.get()));
        }
        awaitAll(outcomes);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("throughput of %s: %,d acknowledged in %.2f s: %,.0f commands/s%n", what, commands, seconds,
                commands / seconds);
        ThreadCpu after = ThreadCpu.now();
        printRefusals(outcomes, seconds);
        after.printSince(before, commands, seconds, "member " + client.leaderMemberId());
    }

    /**
     * The comparison: the same kind and number of commands applied in this JVM by one member's state machine
     * alone, in the client's batches, with no cluster between (what a member's service thread costs). Stamped
     * with the members' {@link WeekdayClock} as the cluster's log stamps them: the load's work depends on the date
     * (a contract past its last trading day refuses orders early, a weekend refuses them all).
     */
    private void alone(int commands, String label) {
        double rate = applyAlone(commands, fedStream(commands).iterator()::next);
        System.out.printf("  beside it, one state machine alone in this JVM %s: %,.0f commands/s%n", label, rate);
    }

    /**
     * The load's first {@code commands} for a state machine alone, fed its accepted limit orders by an engine that
     * applies each before the next is made (at the members' time, as the log stamps them): the cluster's load,
     * without the acknowledgements' delay.
     */
    private static List<Command> fedStream(int commands) {
        SeededLoad own = SeededLoad.openingItsMembers(99, CATALOGUE, 0);
        Engine engine = ExchangeSetup.desk(CATALOGUE).fresh(event -> {
            if (event instanceof OrderAccepted accepted && accepted.type() == OrderType.LIMIT) {
                own.accepted(accepted.orderId(), accepted.account());
            }
        });
        long logTime = CLOCK.time();
        List<Command> stream = new ArrayList<>(commands);
        for (int i = 0; i < commands; i++) {
            Command command = own.next();
            stream.add(command);
            engine.submit(LogMessages.stampedAt(command, logTime));
        }
        return stream;
    }

    /** Commands of one kind applied by one state machine alone: what each costs a member. */
    private void aloneOf(int commands, String what, Supplier<Command> source) {
        System.out.printf("  beside it, one state machine alone applied %s: %,.0f commands/s%n", what,
                applyAlone(commands, source));
    }

    private double applyAlone(int commands, Supplier<Command> source) {
        ReplicatedExchange exchange = new ReplicatedExchange(ExchangeSetup.desk(CATALOGUE), new EventFanOut());
        List<UnsafeBuffer> messages = new ArrayList<>();
        for (int first = 0; first < commands; first += ClientConfig.BATCH) {
            List<Command> batch = new ArrayList<>();
            for (int i = first; i < Math.min(commands, first + ClientConfig.BATCH); i++) {
                batch.add(source.get());
            }
            messages.add(LogMessages.commands(1, first + 1, batch));
        }
        long start = System.nanoTime();
        long logTime = CLOCK.time();
        for (UnsafeBuffer message : messages) {
            exchange.apply(message, 0, message.capacity(), logTime + TimeUnit.NANOSECONDS.toMillis(System.nanoTime()
                    - start), reply);
        }
        return commands / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Where a member's service thread spends its time, in this JVM with no cluster: the seeded load applied by the
     * state machine ({@link ReplicatedExchange#apply}: the copy out of the log, the decoding, the engine, the
     * outcomes remembered and the reply) and, beside it, by the engine alone (the same commands decoded beforehand,
     * at the same time), each in rounds on a fresh exchange; the thread's CPU time and its allocation a command.
     */
    private void stateMachineCost(int commands, int rounds) {
        List<Command> stream = fedStream(commands);
        long logTime = CLOCK.time();
        List<UnsafeBuffer> messages = new ArrayList<>();
        for (int first = 0; first < commands; first += ClientConfig.BATCH) {
            messages.add(LogMessages.commands(1, first + 1, stream.subList(first, Math.min(commands,
                    first + ClientConfig.BATCH))));
        }
        List<Command> stamped = stream.stream().map(command -> LogMessages.stampedAt(command, logTime)).toList();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int round = 1; round <= rounds; round++) {
            ReplicatedExchange exchange = new ReplicatedExchange(ExchangeSetup.desk(CATALOGUE), new EventFanOut());
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getThreadAllocatedBytes(thread);
            for (UnsafeBuffer message : messages) {
                exchange.apply(message, 0, message.capacity(), logTime, reply);
            }
            double machineCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / commands;
            long machineBytes = (threads.getThreadAllocatedBytes(thread) - allocated) / commands;
            EventFanOut events = new EventFanOut();
            Engine engine = ExchangeSetup.desk(CATALOGUE).fresh(events);
            cpu = threads.getCurrentThreadCpuTime();
            allocated = threads.getThreadAllocatedBytes(thread);
            for (Command command : stamped) {
                events.beginCommand();
                engine.submit(command);
            }
            System.out.printf("state machine round %d, %,d commands: %.2f µs of CPU and %,d bytes a command; the engine"
                    + " alone %.2f µs and %,d bytes%n", round, commands, machineCpu, machineBytes,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / commands,
                    (threads.getThreadAllocatedBytes(thread) - allocated) / commands);
        }
    }

    /** Commands at a fixed rate; latency from each one's intended send time, so a stall counts in full. */
    private void paced(ClusterExchangeClient client, int rate) {
        int commands = rate * PACED_SECONDS;
        List<Command> stream = next(commands);
        SynchronizedHistogram latency = new SynchronizedHistogram(TimeUnit.SECONDS.toNanos(60), 3);
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>(commands);
        List<CompletableFuture<?>> recorded = new ArrayList<>(commands);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (int i = 0; i < commands; i++) {
            long intended = start + i * interval;
            while (System.nanoTime() < intended) {
                LockSupport.parkNanos(Math.max(1, intended - System.nanoTime()));
            }
            CompletableFuture<Outcome> outcome = client.submit(stream.get(i));
            outcomes.add(outcome);
            recorded.add(outcome.thenRun(() -> latency.recordValue(System.nanoTime() - intended)));
        }
        CompletableFuture.allOf(recorded.toArray(CompletableFuture[]::new)).join();
        feedArrived(stream, outcomes, 0);
        System.out.printf("paced %,d commands/s for %d s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms,"
                + " max %.2f ms%n", rate, PACED_SECONDS, ms(latency.getValueAtPercentile(50)),
                ms(latency.getValueAtPercentile(90)), ms(latency.getValueAtPercentile(99)),
                ms(latency.getValueAtPercentile(99.9)), ms(latency.getMaxValue()));
    }

    /**
     * With 1,000 commands/s flowing, the leader is killed; the time is that from the kill to the
     * acknowledgement of the first command submitted after it. The member then restarts and catches up.
     */
    private void failover(LocalCluster cluster, ClusterExchangeClient client) throws Exception {
        background(client, 2_000);
        int leader = client.leaderMemberId();
        long killed = System.nanoTime();
        cluster.kill(leader);
        List<Command> first = next(1);
        CompletableFuture<Outcome> outcome = client.submit(first.get(0));
        outcome.join();
        long acknowledged = System.nanoTime();
        feedArrived(first, List.of(outcome), 0);
        background(client, 2_000);
        System.out.printf("failover: leader %d killed, next command acknowledged %d ms later, new leader %d%n", leader,
                TimeUnit.NANOSECONDS.toMillis(acknowledged - killed), client.leaderMemberId());
        long restarted = System.nanoTime();
        cluster.start(leader);
        // The restarted member has caught up once it wrote the report the leader answered: the next kill finds three.
        String hash = sameState(cluster, client.report().join());
        System.out.printf("  member %d restarted and caught up in %.1f s; the three members' state hashes equal, %s%n",
                leader, (System.nanoTime() - restarted) / 1e9, hash);
    }

    /** {@code count} commands at 1,000 a second, acknowledged. */
    private void background(ClusterExchangeClient client, int count) {
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        List<Command> sent = next(count);
        for (Command command : sent) {
            outcomes.add(client.submit(command));
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).join();
        feedArrived(sent, outcomes, 0);
    }

    /**
     * Feeds the load the acknowledgements that arrived, in the order sent, from {@code fed} on, up to the first still
     * awaited: each order accepted takes the next exchange order id, and a limit order may rest, so later cancels
     * and amendments may name it. Returns how many of {@code sent} are fed.
     */
    private int feedArrived(List<Command> sent, List<CompletableFuture<Outcome>> outcomes, int fed) {
        for (; fed < outcomes.size() && outcomes.get(fed).isDone(); fed++) {
            if (sent.get(fed) instanceof PlaceOrder order && outcomes.get(fed).join().accepted()) {
                long orderId = ++acceptedOrders;
                if (order.type() == OrderType.LIMIT) {
                    load.accepted(orderId, order.account());
                }
            }
        }
        return fed;
    }

    private List<Command> next(int count) {
        List<Command> commands = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            commands.add(load.next());
        }
        return commands;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
