package com.suanli.bench.book;

import com.suanli.exchange.book.FastOrderBook;
import com.suanli.exchange.replay.FinalBookReport;
import com.suanli.exchange.replay.ReplayTotals;
import com.suanli.exchange.replay.Workload;
import com.suanli.exchange.replay.WorkloadReplay;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Side-by-side speed of the matching step: our {@link FastOrderBook} and the anchor's
 * {@code OrderBookDirectImpl} replay the same in-memory workload, alternately, single
 * thread, each run on a fresh book; every run's totals and final book are checked against
 * the reference file. Prints each run, the medians and the ratio ours / anchor, both by
 * wall-clock time (the official figure: it includes the anchor's garbage-collection pauses)
 * and by the replaying thread's CPU time (robust on a machine shared with other jobs, where
 * wall-clock time also counts the time the thread waited for a core).
 * <pre>
 *   AnchorComparison [workload.csv.gz] [reference-book.csv] [runs]
 * </pre>
 */
public final class AnchorComparison {
    private static final Path SHARED_BENCH = Path.of("..", "shared", "bench");
    private static final int WARM_UP_RUNS = 5;
    private static final int DEFAULT_RUNS = 10;

    private AnchorComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path workloadPath = args.length > 0 ? Path.of(args[0]) : SHARED_BENCH.resolve("ec-workload-3M.csv.gz");
        Path referencePath = args.length > 1 ? Path.of(args[1]) : SHARED_BENCH.resolve("ec-final-book-3M.csv");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_RUNS;
        Workload workload = Workload.load(workloadPath);
        String reference = Files.readString(referencePath, StandardCharsets.UTF_8);
        int n = workload.size();

        Supplier<String> ours = () -> {
            ReplayTotals totals = new ReplayTotals();
            FastOrderBook book = WorkloadReplay.freshBook(totals);
            startClocks();
            workload.replay(book);
            stopClocks();
            return FinalBookReport.of(n, totals, book);
        };
        Supplier<String> anchor = () -> {
            AnchorReplay replay = new AnchorReplay();
            startClocks();
            replay.replay(workload);
            stopClocks();
            return replay.report(n);
        };

        System.out.printf("workload %s: %d commands; %d warm-up runs each, then %d timed runs each, alternating%n",
                workloadPath, n, WARM_UP_RUNS, runs);
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            verify("ours", ours.get(), reference);
            verify("anchor", anchor.get(), reference);
        }
        double[] ourRates = new double[runs];
        double[] anchorRates = new double[runs];
        double[] ratios = new double[runs];
        double[] ourCpuRates = new double[runs];
        double[] anchorCpuRates = new double[runs];
        for (int i = 0; i < runs; i++) {
            verify("ours", ours.get(), reference);
            ourRates[i] = n * 1e3 / lastWallNanos;
            ourCpuRates[i] = n * 1e3 / lastCpuNanos;
            verify("anchor", anchor.get(), reference);
            anchorRates[i] = n * 1e3 / lastWallNanos;
            anchorCpuRates[i] = n * 1e3 / lastCpuNanos;
            ratios[i] = ourRates[i] / anchorRates[i];
            System.out.printf("run %2d: wall: ours %6.2f M/s  anchor %6.2f M/s  ratio %.2f   "
                            + "thread CPU: ours %6.2f M/s  anchor %6.2f M/s  ratio %.2f%n",
                    i + 1, ourRates[i], anchorRates[i], ratios[i], ourCpuRates[i], anchorCpuRates[i],
                    ourCpuRates[i] / anchorCpuRates[i]);
        }
        double ourMedian = median(ourRates);
        double anchorMedian = median(anchorRates);
        System.out.printf("median by wall clock: ours %.2f M commands/s, anchor OrderBookDirectImpl %.2f M commands/s, "
                + "ratio of medians %.2fx, median of per-run ratios %.2fx%n",
                ourMedian, anchorMedian, ourMedian / anchorMedian, median(ratios));
        double ourCpuMedian = median(ourCpuRates);
        double anchorCpuMedian = median(anchorCpuRates);
        System.out.printf("median by thread CPU time: ours %.2f M commands/s, anchor %.2f M commands/s, ratio %.2fx%n",
                ourCpuMedian, anchorCpuMedian, ourCpuMedian / anchorCpuMedian);
        System.out.println("both books reproduced " + referencePath + " exactly on every run");
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long wallStart;
    private static long cpuStart;
    private static long lastWallNanos;
    private static long lastCpuNanos;

    private static void startClocks() {
        cpuStart = THREADS.getCurrentThreadCpuTime();
        wallStart = System.nanoTime();
    }

    private static void stopClocks() {
        lastWallNanos = System.nanoTime() - wallStart;
        lastCpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
    }

    private static void verify(String who, String report, String reference) {
        if (!report.equals(reference)) {
            int line = 0;
            String[] got = report.split("\n");
            String[] want = reference.split("\n");
            while (line < Math.min(got.length, want.length) && got[line].equals(want[line])) {
                line++;
            }
            throw new IllegalStateException(who + " does not reproduce the reference at line " + (line + 1) + ": got '"
                    + (line < got.length ? got[line] : "<end>") + "', expected '"
                    + (line < want.length ? want[line] : "<end>") + "'");
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
