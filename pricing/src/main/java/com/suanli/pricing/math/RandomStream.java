package com.suanli.pricing.math;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * A seeded stream of random draws for simulation: standard normals, uniforms, Poisson counts.
 *
 * <p>Wraps a Commons Math {@link RandomGenerator} (MT19937, {@code MersenneTwister}) so that simulators and
 * market-session agents share one reproducible source without seeing Commons Math types.
 * Same seed, same sequence of calls: same draws. Not thread-safe: give each thread its own
 * stream (for example one per seed derived from a master seed).
 */
public final class RandomStream {

    private static final double TWO_POW_MINUS_31 = 0x1.0p-31;

    private final RandomGenerator generator;

    private RandomStream(RandomGenerator generator) {
        this.generator = generator;
    }

    /**
     * A stream on Commons Math's MT19937 seeded with {@code seed}. Mersenne Twister rather
     * than WELL19937c because it draws a 32-bit word about twice as fast here, and Monte
     * Carlo spends most of its time drawing.
     */
    public static RandomStream seeded(long seed) {
        return new RandomStream(new MersenneTwister(seed));
    }

    /** One standard normal draw. */
    public double nextGaussian() {
        return generator.nextGaussian();
    }

    /**
     * Fills {@code out} with standard normal draws, without allocation, by Marsaglia's polar
     * method on 32-bit uniforms (one generator word per coordinate). Commons Math's
     * {@code nextGaussian} takes two 53-bit doubles (four words), a sine and a cosine per
     * pair; the polar method needs about 2.5 words, one log and one square root, which cuts
     * the cost of a Monte Carlo path several times. 32-bit coordinates resolve s = u^2 + v^2
     * down to 2^-62, so the draws reach about 9 standard deviations. The draws differ from
     * those of repeated {@link #nextGaussian()} calls on the same seed, but are as exactly
     * normal.
     */
    public void nextGaussians(double[] out) {
        int i = 0;
        while (i < out.length) {
            double u;
            double v;
            double s;
            do {
                u = generator.nextInt() * TWO_POW_MINUS_31;
                v = generator.nextInt() * TWO_POW_MINUS_31;
                s = u * u + v * v;
            } while (s >= 1.0 || s == 0.0);
            double factor = Math.sqrt(-2.0 * Math.log(s) / s);
            out[i++] = u * factor;
            if (i < out.length) {
                out[i++] = v * factor;
            }
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
