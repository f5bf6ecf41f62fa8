package com.suanli.sessions.realism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * The stylised facts of a set of return series (Cont 2001, "Empirical properties of asset returns"):
 * the excess kurtosis of the returns (Commons Math's bias-corrected sample kurtosis, 0 for a normal
 * law), the sample autocorrelation of the returns and of their absolute values at lags 1 to
 * {@code maxLag}, and the 95% band of an autocorrelation under independence, {@code ±1.96 / sqrt(n)}.
 *
 * <p>Each contract's returns are divided by their own standard deviation before they are pooled, so
 * that contracts of different volatility do not fatten the tails by being mixed; an autocorrelation
 * pairs returns only within one segment (one contract's day), never across a night or two contracts.
 *
 * @param returns how many returns were pooled
 * @param zeroShare the share of returns exactly 0 (the mid did not move)
 * @param excessKurtosis the sample excess kurtosis
 * @param movesExcessKurtosis the sample excess kurtosis of the returns that are not 0 (the tails of the
 *        moves themselves, not of a mass of unchanged minutes)
 * @param returnAutocorrelation lag k at index k - 1
 * @param absoluteAutocorrelation of the absolute returns, lag k at index k - 1
 * @param band the half-width of the 95% band
 */
public record StylisedFacts(long returns, double zeroShare, double excessKurtosis, double movesExcessKurtosis,
                            double[] returnAutocorrelation,
                            double[] absoluteAutocorrelation, double band) {

    private static final double TWO_SIDED_95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    /** Measures the facts of {@code contracts}: for each contract its segments of returns. */
    public static StylisedFacts of(List<List<List<Double>>> contracts, int maxLag) {
        List<double[]> segments = new ArrayList<>();
        for (List<List<Double>> contract : contracts) {
            double[] all = contract.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
            double sd = all.length < 2 ? 0 : new StandardDeviation().evaluate(all);
            if (sd == 0) {
                continue;
            }
            for (List<Double> day : contract) {
                segments.add(day.stream().mapToDouble(r -> r / sd).toArray());
            }
        }
        double[] pooled = segments.stream().flatMapToDouble(Arrays::stream).toArray();
        if (pooled.length < 4 * maxLag) {
            throw new IllegalArgumentException("contracts: " + pooled.length + " returns are too few for " + maxLag
                    + " lags");
        }
        long zeros = Arrays.stream(pooled).filter(r -> r == 0.0).count();
        List<double[]> absolute = segments.stream().map(s -> Arrays.stream(s).map(Math::abs).toArray()).toList();
        double[] returnAcf = new double[maxLag];
        double[] absoluteAcf = new double[maxLag];
        for (int lag = 1; lag <= maxLag; lag++) {
            returnAcf[lag - 1] = autocorrelation(segments, lag);
            absoluteAcf[lag - 1] = autocorrelation(absolute, lag);
        }
        double[] moves = Arrays.stream(pooled).filter(r -> r != 0.0).toArray();
        return new StylisedFacts(pooled.length, (double) zeros / pooled.length, new Kurtosis().evaluate(pooled),
                new Kurtosis().evaluate(moves), returnAcf, absoluteAcf, TWO_SIDED_95 / Math.sqrt(pooled.length));
    }

    /** The sample autocorrelation at {@code lag}: the pooled mean and variance, products within each segment. */
    static double autocorrelation(List<double[]> segments, int lag) {
        double[] pooled = segments.stream().flatMapToDouble(Arrays::stream).toArray();
        double mean = new Mean().evaluate(pooled);
        double variance = 0;
        for (double x : pooled) {
            variance += (x - mean) * (x - mean);
        }
        double covariance = 0;
        for (double[] segment : segments) {
            for (int t = 0; t + lag < segment.length; t++) {
                covariance += (segment[t] - mean) * (segment[t + lag] - mean);
            }
        }
        return covariance / variance;
    }

    /** How many of the lags from {@code firstLag} on have a return autocorrelation outside the 95% band. */
    public int returnLagsOutsideBand(int firstLag) {
        int outside = 0;
        for (int lag = firstLag; lag <= returnAutocorrelation.length; lag++) {
            if (Math.abs(returnAutocorrelation[lag - 1]) > band) {
                outside++;
            }
        }
        return outside;
    }

    /** The mean autocorrelation of absolute returns over lags 1 to {@code lastLag}. */
    public double meanAbsoluteAutocorrelation(int lastLag) {
        double sum = 0;
        for (int lag = 1; lag <= lastLag; lag++) {
            sum += absoluteAutocorrelation[lag - 1];
        }
        return sum / lastLag;
    }
}
