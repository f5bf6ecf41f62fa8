package com.suanli.pricing.insurance;

import org.apache.commons.math3.special.Gamma;

/**
 * Negative binomial outage count in the Loss Models parameterisation: mean r*beta, variance
 * r*beta*(1+beta). It is the Poisson count whose rate r*beta*Theta carries a Gamma(r, 1/r)
 * intensity factor Theta of mean one; that factor is what {@link OutageRisk} correlates with
 * market tightness.
 */
public record NegativeBinomialFrequency(double shape, double beta) implements FrequencyModel {

    public NegativeBinomialFrequency {
        if (!(shape > 0) || Double.isInfinite(shape)) {
            throw new IllegalArgumentException("shape: must be positive and finite, was " + shape);
        }
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta: must be positive and finite, was " + beta);
        }
    }

    public static NegativeBinomialFrequency of(double shape, double beta) {
        return new NegativeBinomialFrequency(shape, beta);
    }

    /** The negative binomial with the given mean and variance (variance must exceed the mean). */
    public static NegativeBinomialFrequency ofMoments(double mean, double variance) {
        if (!(variance > mean)) {
            throw new IllegalArgumentException("variance: must exceed the mean " + mean
                    + " for a negative binomial, was " + variance);
        }
        double beta = variance / mean - 1.0;
        return new NegativeBinomialFrequency(mean / beta, beta);
    }

    @Override
    public double mean() {
        return shape * beta;
    }

    @Override
    public double variance() {
        return shape * beta * (1.0 + beta);
    }

    @Override
    public double a() {
        return beta / (1.0 + beta);
    }

    @Override
    public double b() {
        return (shape - 1.0) * beta / (1.0 + beta);
    }

    @Override
    public double generatingFunction(double z) {
        return Math.pow(1.0 - beta * (z - 1.0), -shape);
    }

    @Override
    public double logProbability(int k) {
        return Gamma.logGamma(k + shape) - Gamma.logGamma(shape) - Gamma.logGamma(k + 1.0)
                - shape * Math.log1p(beta) + k * (Math.log(beta) - Math.log1p(beta));
    }

    @Override
    public NegativeBinomialFrequency overPeriods(double periods) {
        return new NegativeBinomialFrequency(shape, beta * periods);
    }

    @Override
    public NegativeBinomialFrequency withMeanScaledBy(double factor) {
        return new NegativeBinomialFrequency(shape, beta * factor);
    }
}
