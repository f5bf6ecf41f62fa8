package com.suanli.exchange.replay;

import com.suanli.exchange.book.BookListener;
import com.suanli.exchange.book.FastOrderBook;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Command-line replay of a recorded workload through {@link FastOrderBook}.
 * <pre>
 *   WorkloadReplay &lt;workload.csv[.gz]&gt;               prints the totals line and the final book
 *   WorkloadReplay --speed N &lt;workload.csv[.gz]&gt;     times N replays after warm-up, prints the median
 * </pre>
 */
public final class WorkloadReplay {
    private static final int WARM_UP_RUNS = 5;
    private static final int REPLAY_ORDERS = 512;
    private static final int REPLAY_TICKS = 1 << 12;

    private WorkloadReplay() {
    }

    public static void main(String[] args) {
        if (args.length == 1) {
            System.out.print(run(Workload.load(Path.of(args[0]))));
        } else if (args.length == 3 && "--speed".equals(args[0])) {
            int runs = parseRuns(args[1]);
            speed(Workload.load(Path.of(args[2])), runs);
        } else {
            System.err.println("usage: WorkloadReplay [--speed N] <workload.csv[.gz]>");
            System.exit(2);
        }
    }

    /**
     * An empty book sized for a busy instrument (the 3M workload keeps about a thousand orders
     * resting within a few thousand ticks), so that a timed replay measures matching, not growth.
     */
    public static FastOrderBook freshBook(BookListener listener) {
        return new FastOrderBook(listener, REPLAY_ORDERS, REPLAY_TICKS);
    }

    /** Replays the workload on a fresh book. @return the report in the reference's format */
    public static String run(Workload workload) {
        ReplayTotals totals = new ReplayTotals();
        FastOrderBook book = freshBook(totals);
        workload.replay(book);
        return FinalBookReport.of(workload.size(), totals, book);
    }

    private static int parseRuns(String text) {
        try {
            int runs = Integer.parseInt(text);
            if (runs > 0) {
                return runs;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as a non-positive count
        }
        throw new IllegalArgumentException("--speed: the number of runs must be a positive integer, was '" + text + "'");
    }

    private static void speed(Workload workload, int runs) {
        String expected = run(workload);
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            check(expected, run(workload));
        }
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            ReplayTotals totals = new ReplayTotals();
            FastOrderBook book = freshBook(totals);
            long start = System.nanoTime();
            workload.replay(book);
            long elapsed = System.nanoTime() - start;
            check(expected, FinalBookReport.of(workload.size(), totals, book));
            rates[i] = workload.size() * 1e3 / elapsed;
            System.out.printf("run %d: %.2f M commands/s%n", i + 1, rates[i]);
        }
        Arrays.sort(rates);
        double median = runs % 2 == 1 ? rates[runs / 2] : (rates[runs / 2 - 1] + rates[runs / 2]) / 2;
        System.out.printf("median of %d runs: %.2f M commands/s (%d commands)%n", runs, median, workload.size());
    }

    private static void check(String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("a replay gave a different book: the book is not deterministic");
        }
    }
}
