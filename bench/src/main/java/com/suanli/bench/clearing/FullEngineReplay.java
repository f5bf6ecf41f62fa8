package com.suanli.bench.clearing;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.listing.Catalogue;
import org.HdrHistogram.Histogram;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * The full engine with clearing inside (pre-trade margin on every order, positions, fees and the
 * ledger, incremental portfolio margin) on one thread, replaying {@link FullEngineWorkload}'s
 * mixed commands over 200 futures and 10,000 accounts (after an untimed opening that gives every
 * account its positions and 500,000 untimed mixed commands); beside it, in the same JVM and
 * alternating, the same commands through the engine without clearing. Per run: throughput (wall
 * and thread CPU time), bytes allocated per command (the thread's allocation counter); then one
 * run of each with every command timed into an HdrHistogram for the latency percentiles. The
 * engines are built and their tables sized ({@link FullEngineWorkload#reserve}) before the clock
 * starts; the sink counts events and keeps none, reading the steady-state events by their fields ({@link FieldCounter}), or, with {@code records}, taking
 * every event as a record ({@link EventCounter}, as a sink that keeps them would). Last, untimed,
 * the event-stream hash and state hash of the whole workload through each engine, which a change
 * meant to be faster but not different must leave as they were. With {@code without}, only the
 * engine without clearing runs (to profile or compare the engine's own side alone); with {@code with},
 * only the engine with clearing (to profile or compare the clearing side); with neither (or
 * {@code both}), both. The workload is uniform (every account and future alike, the worst case
 * for the caches) unless {@code skewed} asks for {@link SkewedActivity}'s.
 *
 * <pre>java -Xmx4g -cp bench/target/benchmarks.jar com.suanli.bench.clearing.FullEngineReplay [runs] [commands] [fields|records] [without|with|both] [skewed]</pre>
 */
public final class FullEngineReplay {
    private static final int WARM_UP_RUNS = 2;
    private static final long SEED = 7;
    /** Mixed commands before the clock starts: the books reach their working size. */
    private static final int WARM = 500_000;
    private static final com.sun.management.ThreadMXBean THREAD =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FullEngineReplay() {
    }

    /** What one replay did and cost. */
    private record Run(double wallRate, double cpuRate, double allocatedPerCommand, EventCounter counts) {
    }

    /** Whether the sinks take the events as records rather than by their fields. */
    private static boolean records;
    /** Whether only the engine without clearing runs. */
    private static boolean engineOnly;
    /** Whether only the engine with clearing runs. */
    private static boolean clearingOnly;

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        List<String> options = Arrays.asList(args).subList(Math.min(args.length, 2), args.length);
        records = options.contains("records");
        engineOnly = options.contains("without");
        clearingOnly = options.contains("with");
        boolean skewed = options.contains("skewed");
        long t0 = System.nanoTime();
        FullEngineWorkload workload = FullEngineWorkload.generate(SEED, WARM, count,
                skewed ? new SkewedActivity(SEED) : Activity.UNIFORM);
        Catalogue catalogue = FullEngineWorkload.catalogue();
        System.out.printf("workload: %s, %,d commands timed after an opening of %,d and %,d untimed, over %d futures "
                + "and %,d accounts, made in %.1f s%n", skewed ? "skewed (Pareto shape " + SkewedActivity.SHAPE
                + " activity of accounts and futures)" : "uniform", count, workload.opening.length, WARM,
                ClearingMarket.INSTRUMENTS, FullEngineWorkload.ACCOUNTS, (System.nanoTime() - t0) / 1e9);
        System.out.println(records ? "sink: every event as a record" : "sink: the steady-state events by their fields");
        boolean[] engines = engineOnly ? new boolean[] {false} : clearingOnly ? new boolean[] {true}
                : new boolean[] {true, false};
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            for (boolean clears : engines) {
                replay(catalogue, workload, clears, null);
            }
        }
        if (engines.length == 1) {
            String which = engines[0] ? "with" : "without";
            double[] cpu = new double[runs];
            double[] wall = new double[runs];
            for (int i = 0; i < runs; i++) {
                Run one = replay(catalogue, workload, engines[0], null);
                wall[i] = one.wallRate();
                cpu[i] = one.cpuRate();
                System.out.printf("run %d: %s clearing %.3f M commands/s (CPU %.3f; %,d events, %,d trades, "
                        + "%.1f B/command)%n", i + 1, which, one.wallRate(), one.cpuRate(), one.counts().events,
                        one.counts().trades, one.allocatedPerCommand());
            }
            System.out.printf("median of %d runs: %s clearing %.3f M commands/s (CPU %.3f)%n", runs, which,
                    median(wall), median(cpu));
            hashesAndLatency(catalogue, workload, engines);
            return;
        }
        double[] clearing = new double[runs];
        double[] bare = new double[runs];
        double[] clearingCpu = new double[runs];
        double[] bareCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            Run with = replay(catalogue, workload, true, null);
            Run without = replay(catalogue, workload, false, null);
            if (with.counts().trades != without.counts().trades) {
                throw new IllegalStateException("clearing changed the trading: " + with.counts().trades + " trades against "
                        + without.counts().trades);
            }
            clearing[i] = with.wallRate();
            bare[i] = without.wallRate();
            clearingCpu[i] = with.cpuRate();
            bareCpu[i] = without.cpuRate();
            System.out.printf("run %d: with clearing %.3f M commands/s (CPU %.3f; %,d events, %,d trades, %,d rejects, "
                    + "%.1f B/command); without clearing %.3f M commands/s (CPU %.3f; %,d events, %.1f B/command)%n", i + 1,
                    with.wallRate(), with.cpuRate(), with.counts().events, with.counts().trades, with.counts().rejects,
                    with.allocatedPerCommand(), without.wallRate(), without.cpuRate(), without.counts().events,
                    without.allocatedPerCommand());
        }
        System.out.printf("median of %d runs: with clearing %.3f M commands/s (CPU %.3f), without clearing %.3f M "
                + "commands/s (CPU %.3f)%n", runs, median(clearing), median(clearingCpu), median(bare), median(bareCpu));
        hashesAndLatency(catalogue, workload, engines);
    }

    /** Untimed, the hashes of the whole workload through each engine; then one run of each with every command timed. */
    private static void hashesAndLatency(Catalogue catalogue, FullEngineWorkload workload, boolean[] engines) {
        for (boolean clears : engines) {
            EventStreamHash stream = new EventStreamHash();
            Engine engine = submitAll(catalogue, workload, clears, stream);
            System.out.printf("%s clearing: event-stream hash %016x over %,d events, state hash %016x%n",
                    clears ? "with" : "without", stream.value(), stream.events(), engine.stateHash());
        }
        for (boolean clears : engines) {
            Histogram latency = new Histogram(60_000_000_000L, 3);
            replay(catalogue, workload, clears, latency);
            System.out.printf("latency %s clearing, ns per command: p50 %,d, p99 %,d, p99.9 %,d, p99.99 %,d, max %,d "
                    + "(mean %.0f)%n", clears ? "with" : "without", latency.getValueAtPercentile(50),
                    latency.getValueAtPercentile(99), latency.getValueAtPercentile(99.9),
                    latency.getValueAtPercentile(99.99), latency.getMaxValue(), latency.getMean());
        }
    }

    /** One replay on a fresh engine; every command timed into {@code latency} when it is given. */
    private static Run replay(Catalogue catalogue, FullEngineWorkload workload, boolean clears, Histogram latency) {
        EventCounter counts = records ? new EventCounter() : new FieldCounter();
        Engine engine = FullEngineWorkload.engine(catalogue, counts, clears);
        workload.reserve(engine);
        for (Command c : workload.opening) {
            engine.submit(c);
        }
        Command[] mixed = workload.mixed;
        for (int i = 0; i < workload.warm; i++) {
            engine.submit(mixed[i]);
        }
        Command[] commands = Arrays.copyOfRange(mixed, workload.warm, mixed.length);
        long events = counts.events;
        long trades = counts.trades;
        long rejects = counts.rejects;
        long allocated = THREAD.getCurrentThreadAllocatedBytes();
        long cpu = THREAD.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        if (latency == null) {
            for (Command c : commands) {
                engine.submit(c);
            }
        } else {
            for (Command c : commands) {
                long before = System.nanoTime();
                engine.submit(c);
                latency.recordValue(System.nanoTime() - before);
            }
        }
        long wall = System.nanoTime() - start;
        cpu = THREAD.getCurrentThreadCpuTime() - cpu;
        allocated = THREAD.getCurrentThreadAllocatedBytes() - allocated;
        if (engine.clearingFaults() != 0) {
            throw new IllegalStateException("clearing faults: " + engine.firstClearingFault());
        }
        counts.events -= events;
        counts.trades -= trades;
        counts.rejects -= rejects;
        return new Run(commands.length * 1e3 / wall, commands.length * 1e3 / cpu, (double) allocated / commands.length,
                counts);
    }

    /** The whole workload, opening included, through a fresh engine publishing to {@code sink}; no clock. */
    private static Engine submitAll(Catalogue catalogue, FullEngineWorkload workload, boolean clears, EventSink sink) {
        Engine engine = FullEngineWorkload.engine(catalogue, sink, clears);
        workload.reserve(engine);
        for (Command c : workload.opening) {
            engine.submit(c);
        }
        for (Command c : workload.mixed) {
            engine.submit(c);
        }
        return engine;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
