package com.suanli.pricing.model;

/**
 * Compound Poisson scarcity spikes in the log price: jumps arrive at {@code intensity} per
 * year with normal sizes (mean {@code meanSize}, standard deviation {@code sizeStd}, in log
 * units: 0.3 is about a 35% spike) and then decay with the factor's mean reversion.
 */
public record JumpParameters(double intensity, double meanSize, double sizeStd) {

    public static final JumpParameters NONE = new JumpParameters(0.0, 0.0, 0.0);

    public JumpParameters {
        if (!(intensity >= 0.0) || Double.isInfinite(intensity)) {
            throw new IllegalArgumentException("intensity: must be non-negative and finite (jumps per year), was " + intensity);
        }
        if (!Double.isFinite(meanSize)) {
            throw new IllegalArgumentException("meanSize: must be finite, was " + meanSize);
        }
        if (!(sizeStd >= 0.0) || Double.isInfinite(sizeStd)) {
            throw new IllegalArgumentException("sizeStd: must be non-negative and finite, was " + sizeStd);
        }
    }
}
