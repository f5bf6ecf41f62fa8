package com.suanli.pricing.insurance;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Fits Poisson or negative binomial outage counts to a history. The family is chosen with
 * the index-of-dispersion test: under Poisson, (n-1) s^2 / mean is chi-squared with n-1
 * degrees of freedom; when the upper-tail p-value falls below {@code significance} and the
 * sample is overdispersed the negative binomial is fitted instead.
 */
public final class FrequencyFitter {

    public static final FrequencyFitter DEFAULT = new FrequencyFitter(0.05);

    /** Search range for the negative binomial shape; beyond 1e6 it is Poisson for all purposes. */
    private static final double MIN_LOG_SHAPE = Math.log(1e-4);
    private static final double MAX_LOG_SHAPE = Math.log(1e6);
    private static final double RELATIVE_TOLERANCE = 1e-10;
    private static final double ABSOLUTE_TOLERANCE = 1e-12;
    private static final int MAX_EVALUATIONS = 500;

    private final double significance;

    public FrequencyFitter(double significance) {
        if (!(significance > 0 && significance < 1)) {
            throw new IllegalArgumentException("significance: must be in (0,1), was " + significance);
        }
        this.significance = significance;
    }

    /** Chooses the family by the dispersion test and fits it with {@code method}. */
    public FrequencyFit fit(OutageHistory history, FitMethod method) {
        double[] counts = history.countsAsDoubles();
        double mean = StatUtils.mean(counts);
        double variance = StatUtils.variance(counts);
        if (!(mean > 0)) {
            throw new IllegalArgumentException("counts: history of " + history.source()
                    + " has no outage; a frequency cannot be fitted");
        }
        double index = variance / mean;
        double pValue = dispersionPValue(counts.length, index);
        boolean chooseNegativeBinomial = index > 1.0 && pValue < significance;
        FrequencyModel model = chooseNegativeBinomial
                ? fitNegativeBinomial(history, method)
                : fitPoisson(history);
        return new FrequencyFit(model, history.periodDays(), method,
                logLikelihood(model, history), index, pValue);
    }

    /** The Poisson rate estimate; method of moments and maximum likelihood coincide (the mean). */
    public PoissonFrequency fitPoisson(OutageHistory history) {
        return new PoissonFrequency(StatUtils.mean(history.countsAsDoubles()));
    }

    /** The negative binomial fitted by {@code method}; the history must be overdispersed. */
    public NegativeBinomialFrequency fitNegativeBinomial(OutageHistory history, FitMethod method) {
        double[] counts = history.countsAsDoubles();
        double mean = StatUtils.mean(counts);
        double variance = StatUtils.variance(counts);
        if (!(variance > mean)) {
            throw new IllegalArgumentException("counts: history of " + history.source()
                    + " is not overdispersed (variance " + variance + " <= mean " + mean
                    + "); fit a Poisson frequency");
        }
        if (method == FitMethod.METHOD_OF_MOMENTS) {
            return NegativeBinomialFrequency.ofMoments(mean, variance);
        }
        // For a fixed shape the likelihood is maximised by beta = mean / shape, so only the
        // shape is searched (profile likelihood, on a log scale for a well-shaped objective).
        UnivariatePointValuePair best = new BrentOptimizer(RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE).optimize(
                new MaxEval(MAX_EVALUATIONS),
                GoalType.MAXIMIZE,
                new SearchInterval(MIN_LOG_SHAPE, MAX_LOG_SHAPE,
                        Math.log(NegativeBinomialFrequency.ofMoments(mean, variance).shape())),
                new UnivariateObjectiveFunction(logShape -> {
                    double shape = Math.exp(logShape);
                    return logLikelihood(new NegativeBinomialFrequency(shape, mean / shape), history);
                }));
        double shape = Math.exp(best.getPoint());
        return new NegativeBinomialFrequency(shape, mean / shape);
    }

    /** Log-likelihood of the history under a count model. */
    public double logLikelihood(FrequencyModel model, OutageHistory history) {
        double sum = 0.0;
        for (int i = 0; i < history.periods(); i++) {
            sum += model.logProbability(history.count(i));
        }
        return sum;
    }

    private static double dispersionPValue(int periods, double index) {
        double statistic = (periods - 1) * index;
        return 1.0 - new ChiSquaredDistribution(periods - 1).cumulativeProbability(statistic);
    }
}
