package com.suanli.pricing.math;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A seeded stream of random draws for simulation: standard normals, uniforms, Poisson counts.
 *
 * <p>Wraps a Commons Math {@link RandomGenerator} (WELL19937c by default) so that simulators and
 * market-session agents share one reproducible source without seeing Commons Math types.
 * Same seed, same sequence of calls: same draws. Not thread-safe: give each thread its own
 * stream (for example one per seed derived from a master seed).
 */
public final class RandomStream {

    private final RandomGenerator generator;

    private RandomStream(RandomGenerator generator) {
        this.generator = generator;
    }

    /** A stream on WELL19937c seeded with {@code seed}. */
    public static RandomStream seeded(long seed) {
        return new RandomStream(new Well19937c(seed));
    }

    /** One standard normal draw. */
    public double nextGaussian() {
        return generator.nextGaussian();
    }

    /** Fills {@code out} with standard normal draws (no allocation). */
    public void nextGaussians(double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = generator.nextGaussian();
        }
    }

    /** One uniform draw in [0, 1). */
    public double nextUniform() {
        return generator.nextDouble();
    }

    /**
     * One Poisson count with the given mean. Small means (the usual case: jump intensity times
     * one day) are drawn by inversion from a single uniform, which is exact and cheap; large
     * means go to Commons Math.
     */
    public int nextPoisson(double mean) {
        if (!(mean >= 0.0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("mean: must be finite and non-negative, was " + mean);
        }
        if (mean == 0.0) {
            return 0;
        }
        if (mean > 30.0) {
            return new PoissonDistribution(generator, mean, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        }
        double u = generator.nextDouble();
        double p = Math.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && p > 0.0) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }
}
