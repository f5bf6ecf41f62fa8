package com.suanli.pricing.math;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Standard normal density, distribution and quantile.
 *
 * <p>The distribution function uses Hart's double-precision rational approximation in the
 * form published by G. West, "Better approximations to cumulative normal functions",
 * Wilmott Magazine (2005), accurate to about 1e-14 absolute. Commons Math computes the same
 * value through the regularised incomplete gamma function, which is an order of magnitude
 * slower; the Black-76 hot path (goal: over 10 million price-and-Greeks per second) cannot
 * afford that. Tests check this function against Commons Math across the real line.
 * The quantile is rare on hot paths and comes straight from Commons Math.
 */
public final class StandardNormal {

    private static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double SQRT_2PI = 2.5066282746310002;
    private static final double TAIL_CUTOFF = 37.0;
    private static final double RATIONAL_LIMIT = 7.07106781186547;
    private static final NormalDistribution COMMONS_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private StandardNormal() {
    }

    /** Density n(x). */
    public static double pdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /** Density from a kernel already computed: n(x) = kernel / sqrt(2 pi). */
    public static double pdfFromKernel(double gaussianKernel) {
        return INV_SQRT_2PI * gaussianKernel;
    }

    /** Distribution function N(x). */
    public static double cdf(double x) {
        double a = Math.abs(x);
        return cdf(x, a > TAIL_CUTOFF ? 0.0 : Math.exp(-0.5 * a * a));
    }

    /**
     * Distribution function N(x) when the caller already holds the Gaussian kernel
     * {@code exp(-x^2/2)} (Black-76 gets N(d1), N(d2) and n(d1) from one exponential, since
     * n(d2) = n(d1) F / K). Passing a wrong kernel gives a wrong answer: this is a hot-path
     * shortcut, not a convenience.
     */
    public static double cdf(double x, double gaussianKernel) {
        double a = Math.abs(x);
        double tail;
        if (a > TAIL_CUTOFF) {
            tail = 0.0;
        } else if (a < RATIONAL_LIMIT) {
            double num = 3.52624965998911e-02 * a + 0.700383064443688;
            num = num * a + 6.37396220353165;
            num = num * a + 33.912866078383;
            num = num * a + 112.079291497871;
            num = num * a + 221.213596169931;
            num = num * a + 220.206867912376;
            double den = 8.83883476483184e-02 * a + 1.75566716318264;
            den = den * a + 16.064177579207;
            den = den * a + 86.7807322029461;
            den = den * a + 296.564248779674;
            den = den * a + 637.333633378831;
            den = den * a + 793.826512519948;
            den = den * a + 440.413735824752;
            tail = gaussianKernel * num / den;
        } else {
            double cf = a + 0.65;
            cf = a + 4.0 / cf;
            cf = a + 3.0 / cf;
            cf = a + 2.0 / cf;
            cf = a + 1.0 / cf;
            tail = gaussianKernel / cf / SQRT_2PI;
        }
        return x > 0.0 ? 1.0 - tail : tail;
    }

    /** The Gaussian kernel exp(-x^2/2), zero beyond the range where N(x) is 0 or 1 in doubles. */
    public static double kernel(double x) {
        return Math.abs(x) > TAIL_CUTOFF ? 0.0 : Math.exp(-0.5 * x * x);
    }

    /** Quantile N^-1(p) for p in (0, 1). */
    public static double inverseCdf(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("p: must lie strictly between 0 and 1, was " + p);
        }
        return COMMONS_NORMAL.inverseCumulativeProbability(p);
    }
}
