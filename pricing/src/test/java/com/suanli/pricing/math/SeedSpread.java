package com.suanli.pricing.math;

import java.util.function.LongFunction;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * A Monte Carlo estimator run once per seed: the standard error it reports for one run must be
 * the spread its estimates actually have from seed to seed. A standard error under-reported
 * (say tenfold) passes every test that compares a price within "3 standard errors", and fails
 * this one.
 *
 * <p>The sample standard deviation of n estimates is itself uncertain by about
 * 1 / sqrt(2 (n - 1)) of its value: 7% for 100 seeds, so a ratio within 1 +- 0.25 is more than
 * three of those.
 */
public final class SeedSpread {

    /** Seeds per check and the agreement they support (see the class comment). */
    public static final int SEEDS = 100;
    public static final double AGREEMENT = 0.25;

    private final SummaryStatistics estimates = new SummaryStatistics();
    private final SummaryStatistics reportedErrors = new SummaryStatistics();

    private SeedSpread() {
    }

    /** One run per seed 1 to {@link #SEEDS}; {@code run} answers {estimate, reported standard error}. */
    public static SeedSpread over(LongFunction<double[]> run) {
        SeedSpread spread = new SeedSpread();
        for (long seed = 1; seed <= SEEDS; seed++) {
            double[] estimateAndError = run.apply(seed);
            spread.estimates.addValue(estimateAndError[0]);
            spread.reportedErrors.addValue(estimateAndError[1]);
        }
        return spread;
    }

    /** The mean reported standard error over the observed spread of the estimates: 1 when honest. */
    public double ratio() {
        return reportedErrors.getMean() / estimates.getStandardDeviation();
    }
}
