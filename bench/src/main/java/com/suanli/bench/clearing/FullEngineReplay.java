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
 * <pre>java -Xmx4g -cp bench/target/benchmarks.jar com.suanli.bench.clearing.FullEngineReplay [runs] [commands] [fields|records] [without|with|both] [skewed] [batch=N]</pre>
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
    /** Commands a batch ({@code batch=N}): each engine runs one at a time and by batches of this; 0, one at a time only. */
    private static int batch;

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        List<String> options = Arrays.asList(args).subList(Math.min(args.length, 2), args.length);
        records = options.contains("records");
        engineOnly = options.contains("without");
        clearingOnly = options.contains("with");
        boolean skewed = options.contains("skewed");
        for (String option : options) {
            if (option.startsWith("batch=")) {
                batch = Integer.parseInt(option.substring("batch=".length()));
                if (batch < 1) {
                    throw new IllegalArgumentException("batch: must be at least 1 command, was " + batch);
                }
            }
        }
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
        int[] batches = batch == 0 ? new int[] {0} : new int[] {0, batch};
        if (batch > 0) {
            System.out.printf("each engine one command at a time and by batches of %d (Engine.submit(batch, from, to): "
                    + "the sequencer's batch, read ahead before it is applied), alternating%n", batch);
        }
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            for (int size : batches) {
                for (boolean clears : engines) {
                    replay(catalogue, workload, clears, size, null);
                }
            }
        }
        // Run by run, each engine one at a time then by batches, so that a change of load falls on all alike.
        double[][][] rates = new double[2][batches.length * engines.length][runs];
        for (int i = 0; i < runs; i++) {
            for (int b = 0; b < batches.length; b++) {
                String by = batches[b] == 0 ? "" : ", batches of " + batches[b];
                Run[] done = new Run[engines.length];
                for (int e = 0; e < engines.length; e++) {
                    done[e] = replay(catalogue, workload, engines[e], batches[b], null);
                    rates[0][b * engines.length + e][i] = done[e].wallRate();
                    rates[1][b * engines.length + e][i] = done[e].cpuRate();
                    System.out.printf("run %d: %s clearing%s %.3f M commands/s (CPU %.3f; %,d events, %,d trades, "
                            + "%,d rejects, %.1f B/command)%n", i + 1, engines[e] ? "with" : "without", by,
                            done[e].wallRate(), done[e].cpuRate(), done[e].counts().events, done[e].counts().trades,
                            done[e].counts().rejects, done[e].allocatedPerCommand());
                }
                if (engines.length == 2 && done[0].counts().trades != done[1].counts().trades) {
                    throw new IllegalStateException("clearing changed the trading: " + done[0].counts().trades
                            + " trades against " + done[1].counts().trades);
                }
            }
        }
        for (int b = 0; b < batches.length; b++) {
            for (int e = 0; e < engines.length; e++) {
                System.out.printf("median of %d runs: %s clearing%s %.3f M commands/s (CPU %.3f)%n", runs,
                        engines[e] ? "with" : "without", batches[b] == 0 ? "" : ", batches of " + batches[b],
                        median(rates[0][b * engines.length + e]), median(rates[1][b * engines.length + e]));
            }
        }
        hashesAndLatency(catalogue, workload, engines, batches);
    }

    /**
     * Untimed, the hashes of the whole workload through each engine (by batches too when asked); then one run of
     * each with every command timed: one at a time, each {@code submit}; by batches, each {@code submit} after the
     * batch is read ahead, plus an equal share of the reading ahead's time: the sequencer's time spent on it.
     */
    private static void hashesAndLatency(Catalogue catalogue, FullEngineWorkload workload, boolean[] engines,
                                         int[] batches) {
        for (int size : batches) {
            for (boolean clears : engines) {
                EventStreamHash stream = new EventStreamHash();
                Engine engine = submitAll(catalogue, workload, clears, size, stream);
                System.out.printf("%s clearing%s: event-stream hash %016x over %,d events, state hash %016x%n",
                        clears ? "with" : "without", size == 0 ? "" : ", batches of " + size, stream.value(),
                        stream.events(), engine.stateHash());
            }
        }
        for (int size : batches) {
            for (boolean clears : engines) {
                Histogram latency = new Histogram(60_000_000_000L, 3);
                replay(catalogue, workload, clears, size, latency);
                System.out.printf("latency %s clearing%s, ns per command: p50 %,d, p99 %,d, p99.9 %,d, p99.99 %,d, "
                        + "max %,d (mean %.0f)%n", clears ? "with" : "without", size == 0 ? "" : ", batches of " + size,
                        latency.getValueAtPercentile(50), latency.getValueAtPercentile(99),
                        latency.getValueAtPercentile(99.9), latency.getValueAtPercentile(99.99), latency.getMaxValue(),
                        latency.getMean());
            }
        }
    }

    /**
     * One replay on a fresh engine, the timed commands in batches of {@code batch} (0: one at a time); every
     * command timed into {@code latency} when it is given.
     */
    private static Run replay(Catalogue catalogue, FullEngineWorkload workload, boolean clears, int batch,
                              Histogram latency) {
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
        if (batch > 0 && latency == null) {
            for (int i = 0; i < commands.length; i += batch) {
                engine.submit(commands, i, Math.min(i + batch, commands.length));
            }
        } else if (batch > 0) {
            // The batch read ahead, its time shared by the commands it served, then each command timed.
            for (int i = 0; i < commands.length; i += batch) {
                int to = Math.min(i + batch, commands.length);
                long before = System.nanoTime();
                engine.readAhead(commands, i, to);
                long share = (System.nanoTime() - before) / (to - i);
                for (int k = i; k < to; k++) {
                    long began = System.nanoTime();
                    engine.submit(commands[k]);
                    latency.recordValue(System.nanoTime() - began + share);
                }
            }
        } else if (latency == null) {
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

    /**
     * The whole workload, opening included, through a fresh engine publishing to {@code sink}, the mixed commands
     * in batches of {@code batch} (0: one at a time); no clock.
     */
    private static Engine submitAll(Catalogue catalogue, FullEngineWorkload workload, boolean clears, int batch,
                                    EventSink sink) {
        Engine engine = FullEngineWorkload.engine(catalogue, sink, clears);
        workload.reserve(engine);
        for (Command c : workload.opening) {
            engine.submit(c);
        }
        Command[] mixed = workload.mixed;
        for (int i = 0; i < mixed.length; i += Math.max(batch, 1)) {
            if (batch == 0) {
                engine.submit(mixed[i]);
            } else {
                engine.submit(mixed, i, Math.min(i + batch, mixed.length));
            }
        }
        return engine;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
