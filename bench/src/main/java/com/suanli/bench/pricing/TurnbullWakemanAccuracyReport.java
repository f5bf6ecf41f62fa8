package com.suanli.bench.pricing;

import com.suanli.pricing.option.AverageOptionInputs;
import com.suanli.pricing.option.AveragePriceMonteCarlo;
import com.suanli.pricing.option.MonteCarloEstimate;
import com.suanli.pricing.option.PutCall;
import com.suanli.pricing.option.TurnbullWakeman;

/**
 * Prints Turnbull-Wakeman against a 1,000,000-path Monte Carlo (seed 1) for average-price
 * calls on a 31-day delivery month starting in 30 or 180 days, flat forward 8.0, across
 * strikes and volatilities: how far the two-moment lognormal is from the quote at compute vols.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar com.suanli.bench.pricing.TurnbullWakemanAccuracyReport}
 */
public final class TurnbullWakemanAccuracyReport {

    private static final int PATHS = 1_000_000;

    private TurnbullWakemanAccuracyReport() {
    }

    public static void main(String[] args) {
        System.out.println("| start (days) | vol | strike | TW | MC | MC s.e. | TW - MC (% of MC) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int daysToStart : new int[] {30, 180}) {
            for (double vol : new double[] {0.2, 0.6, 0.8, 1.0}) {
                for (double strike : new double[] {7.2, 8.0, 8.8, 10.0}) {
                    AverageOptionInputs in = deliveryMonth(strike, vol, daysToStart);
                    double tw = TurnbullWakeman.DEFAULT.price(in);
                    MonteCarloEstimate mc = AveragePriceMonteCarlo.DEFAULT.price(in, PATHS, 1L);
                    System.out.printf("| %d | %.0f%% | %.1f | %.5f | %.5f | %.1e | %+.2f%% |%n", daysToStart, vol * 100,
                            strike, tw, mc.price(), mc.standardError(), 100 * (tw - mc.price()) / mc.price());
                }
            }
        }
    }

    private static AverageOptionInputs deliveryMonth(double strike, double vol, int daysToStart) {
        double[] forwards = new double[31];
        double[] times = new double[31];
        for (int i = 0; i < 31; i++) {
            forwards[i] = 8.0;
            times[i] = (daysToStart + i) / 365.0;
        }
        return new AverageOptionInputs(PutCall.CALL, strike, forwards, times, vol, (daysToStart + 31) / 365.0, 0.02);
    }
}
