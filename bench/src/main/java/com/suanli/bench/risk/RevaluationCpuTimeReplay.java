package com.suanli.bench.risk;

import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.Portfolio;
import com.suanli.pricing.risk.Revaluation;
import com.suanli.pricing.risk.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link PortfolioRevaluationBenchmark} workload timed by CPU time as well as the wall
 * clock. On a machine shared with other builds the wall clock counts time spent waiting for a
 * core; CPU time is what the cores delivered. The parallel run's CPU time is summed over every
 * live thread (the caller and the fork-join workers).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar com.suanli.bench.risk.RevaluationCpuTimeReplay}
 */
public final class RevaluationCpuTimeReplay {

    private static final int WARMUP = 5;
    private static final int RUNS = 15;

    private RevaluationCpuTimeReplay() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Market market = RiskBook.market();
        Portfolio book = RiskBook.portfolio(market, 1000, 42L);
        List<Scenario> scenarios = RiskBook.scenarios(market, 1000, 7L);
        double[] oneThreadCpu = new double[RUNS];
        double[] oneThreadWall = new double[RUNS];
        double[] parallelCpu = new double[RUNS];
        double[] parallelWall = new double[RUNS];
        double checksum = 0.0;
        for (int run = -WARMUP; run < RUNS; run++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            double base = book.presentValue(market);
            for (Scenario scenario : scenarios) {
                checksum += book.presentValue(market.shocked(scenario)) - base;
            }
            long wall1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            long allCpu0 = allThreadsCpu(threads);
            checksum += Revaluation.pnl(book, market, scenarios).pnl(0);
            long wall2 = System.nanoTime();
            long allCpu1 = allThreadsCpu(threads);
            if (run >= 0) {
                oneThreadCpu[run] = (cpu1 - cpu0) / 1e6;
                oneThreadWall[run] = (wall1 - wall0) / 1e6;
                parallelCpu[run] = (allCpu1 - allCpu0) / 1e6;
                parallelWall[run] = (wall2 - wall1) / 1e6;
            }
        }
        System.out.printf("1,000 positions x 1,000 scenarios, %d runs after %d warm-up (checksum %.3e)%n", RUNS, WARMUP,
                checksum);
        report("one thread, CPU time      ", oneThreadCpu);
        report("one thread, wall clock    ", oneThreadWall);
        report("parallel, CPU time (all)  ", parallelCpu);
        report("parallel, wall clock      ", parallelWall);
    }

    private static long allThreadsCpu(ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu > 0) {
                sum += cpu;
            }
        }
        return sum;
    }

    private static void report(String label, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%s best %8.1f ms   median %8.1f ms%n", label, sorted[0], sorted[sorted.length / 2]);
    }
}
