package com.suanli.pricing.insurance;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Prices an outage cover by Monte Carlo, drawing the same model {@link OutageCoverPricer}
 * discretises: per term a market factor, for a negative binomial a Gamma intensity, the
 * count, and each event's lost hours; deductibles and limits are applied event by event and
 * to the term's total. Seeded: the same seed gives the same payouts.
 */
public final class OutageCoverSimulator {

    public static final OutageCoverSimulator DEFAULT = new OutageCoverSimulator();

    private OutageCoverSimulator() {
    }

    /** Payout of each simulated term. */
    public double[] simulatePayouts(OutageCover cover, OutageRisk risk, int paths, long seed) {
        if (paths < 2) {
            throw new IllegalArgumentException("paths: need at least 2 for a standard error, was " + paths);
        }
        RandomGenerator random = new Well19937c(seed);
        LogNormalDistribution lostHours = risk.severity().distribution(random);
        FrequencyModel termFrequency = risk.frequencyOverTerm(cover.termDays());
        GammaDistribution intensity = termFrequency instanceof NegativeBinomialFrequency nb
                ? new GammaDistribution(random, nb.shape(), 1.0 / nb.shape(),
                        GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY)
                : null;
        double rho = risk.tightnessCorrelation();
        double idiosyncratic = Math.sqrt(1.0 - rho * rho);
        double[] payouts = new double[paths];
        for (int path = 0; path < paths; path++) {
            double theta = intensity == null ? 1.0 : intensity.sample();
            double intensityScore = rho == 0.0 ? 0.0 : MarketState.intensityScore(intensity, theta);
            double tightness = MarketState.tightness(rho * intensityScore + idiosyncratic * random.nextGaussian());
            double price = risk.replacementPrice(tightness);
            int outages = drawCount(random, termFrequency.mean() * theta);
            double sum = 0.0;
            for (int event = 0; event < outages; event++) {
                sum += cover.perEventPayout(price * lostHours.sample());
            }
            payouts[path] = cover.aggregatePayout(sum);
        }
        return payouts;
    }

    /** Measures from {@code paths} simulated terms, with the standard error of the expected loss. */
    public OutageCoverMeasures measures(OutageCover cover, OutageRisk risk, RiskLoading loading,
            int paths, long seed) {
        LossDistribution losses = LossDistribution.ofSample(simulatePayouts(cover, risk, paths, seed));
        double standardError = losses.standardDeviation() * Math.sqrt((double) paths / (paths - 1) / paths);
        return OutageCoverMeasures.of(losses, loading, standardError, 0.0);
    }

    private static int drawCount(RandomGenerator random, double mean) {
        if (mean <= 0.0) {
            return 0;
        }
        return new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }
}
