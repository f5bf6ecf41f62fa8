package com.suanli.pricing.insurance;

import org.apache.commons.math3.special.Gamma;

/** Poisson outage count with {@code rate} expected outages per period. */
public record PoissonFrequency(double rate) implements FrequencyModel {

    public PoissonFrequency {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate: must be positive and finite, was " + rate);
        }
    }

    public static PoissonFrequency of(double rate) {
        return new PoissonFrequency(rate);
    }

    @Override
    public double mean() {
        return rate;
    }

    @Override
    public double variance() {
        return rate;
    }

    @Override
    public double a() {
        return 0.0;
    }

    @Override
    public double b() {
        return rate;
    }

    @Override
    public double generatingFunction(double z) {
        return Math.exp(rate * (z - 1.0));
    }

    @Override
    public double logProbability(int k) {
        return k * Math.log(rate) - rate - Gamma.logGamma(k + 1.0);
    }

    @Override
    public PoissonFrequency overPeriods(double periods) {
        return new PoissonFrequency(rate * periods);
    }

    @Override
    public PoissonFrequency withMeanScaledBy(double factor) {
        return new PoissonFrequency(rate * factor);
    }
}
