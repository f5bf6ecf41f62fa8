package com.suanli.pricing.insurance;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;

import com.suanli.pricing.math.StandardNormal;

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

    /**
     * E[min(max(price x L - deductible, 0), limit)]: the expected payout of one event in a
     * per-event layer, as the difference of two lognormal limited expected values
     * E[min(Y, u)] = E[Y] Phi((ln u - m - s^2) / s) + u (1 - Phi((ln u - m) / s)) (Loss Models, appendix A).
     */
    public double layerExpectation(double price, double deductible, double limit) {
        return limitedExpectation(price, deductible + limit) - limitedExpectation(price, deductible);
    }

    /** E[min(payout, cap)] for the per-event layer payout min(max(price x L - deductible, 0), limit). */
    public double layerLimitedExpectation(double price, double deductible, double limit, double cap) {
        return layerExpectation(price, deductible, Math.min(limit, cap));
    }

    private double limitedExpectation(double price, double cap) {
        double mean = price * meanGpuHours;
        if (Double.isInfinite(cap)) {
            return mean;
        }
        if (cap <= 0.0) {
            return 0.0;
        }
        double shapeSquared = Math.log1p(coefficientOfVariation * coefficientOfVariation);
        double shape = Math.sqrt(shapeSquared);
        double scale = Math.log(mean) - 0.5 * shapeSquared;
        double z = (Math.log(cap) - scale) / shape;
        return mean * StandardNormal.cdf(z - shape)
                + cap * (1.0 - StandardNormal.cdf(z));
    }

    /** The lognormal of the lost hours; {@code random} may be null when no sampling is needed. */
    LogNormalDistribution distribution(RandomGenerator random) {
        double shapeSquared = Math.log1p(coefficientOfVariation * coefficientOfVariation);
        double scale = Math.log(meanGpuHours) - 0.5 * shapeSquared;
        return new LogNormalDistribution(random, scale, Math.sqrt(shapeSquared),
                LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }
}
