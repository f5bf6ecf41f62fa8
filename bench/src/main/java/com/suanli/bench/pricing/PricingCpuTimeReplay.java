package com.suanli.bench.pricing;

import com.suanli.pricing.option.AverageOptionInputs;
import com.suanli.pricing.option.AveragePriceMonteCarlo;
import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.OptionGreeks;
import com.suanli.pricing.option.PutCall;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

/**
 * Single-thread replay of the two pricing-core workloads, timed by the thread's CPU time
 * as well as by the wall clock. On a machine shared with other builds the wall clock
 * counts time the thread spent waiting for a core; CPU time is what one core delivers.
 * Same inputs as {@link Black76Benchmark} and {@link AveragePriceMonteCarloBenchmark}.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar com.suanli.bench.pricing.PricingCpuTimeReplay}
 */
public final class PricingCpuTimeReplay {

    private static final int OPTIONS = 1024;
    private static final int BLACK_ROUNDS = 20;
    private static final int BLACK_OPS_PER_ROUND = 5_000_000;
    private static final int MC_WARMUP = 10;
    private static final int MC_RUNS = 20;

    private PricingCpuTimeReplay() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        replayBlack76(threads);
        replayMonteCarlo(threads);
    }

    private static void replayBlack76(ThreadMXBean threads) {
        SplittableRandom random = new SplittableRandom(42);
        double[] f = new double[OPTIONS];
        double[] k = new double[OPTIONS];
        double[] t = new double[OPTIONS];
        double[] v = new double[OPTIONS];
        for (int i = 0; i < OPTIONS; i++) {
            f[i] = 4.0 + 8.0 * random.nextDouble();
            k[i] = f[i] * (0.5 + random.nextDouble());
            t[i] = 0.02 + random.nextDouble();
            v[i] = 0.4 + 0.8 * random.nextDouble();
        }
        double checksum = 0.0;
        double bestCpu = Double.MAX_VALUE;
        double bestWall = Double.MAX_VALUE;
        for (int round = 0; round < BLACK_ROUNDS; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (int n = 0; n < BLACK_OPS_PER_ROUND; n++) {
                int i = n & (OPTIONS - 1);
                OptionGreeks g = Black76.DEFAULT.greeks((n & 1) == 0 ? PutCall.CALL : PutCall.PUT, f[i], k[i], t[i], v[i], 0.02);
                checksum += g.pv() + g.delta() + g.gamma() + g.vega() + g.theta() + g.rho();
            }
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
            bestWall = Math.min(bestWall, (System.nanoTime() - wall0) / 1e9);
        }
        System.out.printf("Black-76 price+Greeks: %.2f M/s per CPU-second, %.2f M/s wall clock (best of %d rounds of %d; checksum %.3f)%n",
                BLACK_OPS_PER_ROUND / bestCpu / 1e6, BLACK_OPS_PER_ROUND / bestWall / 1e6, BLACK_ROUNDS, BLACK_OPS_PER_ROUND, checksum);
    }

    private static void replayMonteCarlo(ThreadMXBean threads) {
        double[] forwards = new double[31];
        double[] times = new double[31];
        for (int i = 0; i < 31; i++) {
            forwards[i] = 8.0 + 0.02 * i;
            times[i] = (30 + i) / 365.0;
        }
        AverageOptionInputs inputs = new AverageOptionInputs(PutCall.CALL, 8.5, forwards, times, 0.8, 61 / 365.0, 0.02);
        double checksum = 0.0;
        for (int w = 0; w < MC_WARMUP; w++) {
            checksum += AveragePriceMonteCarlo.DEFAULT.price(inputs, 100_000, w).price();
        }
        double bestCpu = Double.MAX_VALUE;
        double bestWall = Double.MAX_VALUE;
        double sumCpu = 0.0;
        for (int r = 0; r < MC_RUNS; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            checksum += AveragePriceMonteCarlo.DEFAULT.price(inputs, 100_000, 1000 + r).price();
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            sumCpu += cpu;
            bestCpu = Math.min(bestCpu, cpu);
            bestWall = Math.min(bestWall, (System.nanoTime() - wall0) / 1e6);
        }
        System.out.printf("Average-price MC 100,000 paths x 31 days: %.1f ms CPU best, %.1f ms CPU mean, %.1f ms wall best (%d runs; checksum %.4f)%n",
                bestCpu, sumCpu / MC_RUNS, bestWall, MC_RUNS, checksum);
    }
}
