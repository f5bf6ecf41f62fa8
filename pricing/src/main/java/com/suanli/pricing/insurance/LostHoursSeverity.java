package com.suanli.pricing.insurance;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * GPU-hours lost in one outage (GPUs affected x hours down), lognormal with the given mean
 * and coefficient of variation: right-skewed, as a few long hub-wide incidents dominate.
 */
public record LostHoursSeverity(double meanGpuHours, double coefficientOfVariation) {

    public LostHoursSeverity {
        if (!(meanGpuHours > 0) || Double.isInfinite(meanGpuHours)) {
            throw new IllegalArgumentException("meanGpuHours: must be positive and finite, was " + meanGpuHours);
        }
        if (!(coefficientOfVariation > 0) || Double.isInfinite(coefficientOfVariation)) {
            throw new IllegalArgumentException("coefficientOfVariation: must be positive and finite, was "
                    + coefficientOfVariation);
        }
    }

    public static LostHoursSeverity of(double meanGpuHours, double coefficientOfVariation) {
        return new LostHoursSeverity(meanGpuHours, coefficientOfVariation);
    }

    /** Second raw moment E[L^2] = mean^2 (1 + cv^2). */
    public double secondMoment() {
        return meanGpuHours * meanGpuHours * (1.0 + coefficientOfVariation * coefficientOfVariation);
    }

    /** The lognormal of the lost hours; {@code random} may be null when no sampling is needed. */
    LogNormalDistribution distribution(RandomGenerator random) {
        double shapeSquared = Math.log1p(coefficientOfVariation * coefficientOfVariation);
        double scale = Math.log(meanGpuHours) - 0.5 * shapeSquared;
        return new LogNormalDistribution(random, scale, Math.sqrt(shapeSquared),
                LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }
}
