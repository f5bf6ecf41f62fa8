package com.suanli.pricing.model;

import java.util.Arrays;

/**
 * Standard errors of calibrated {@link SpotModel} parameters, field for field, from the
 * observed information of the likelihood (asymptotic, delta method for the parameters fitted
 * on a log scale). The jump fields are 0 for a model without jumps.
 */
public record SpotModelErrors(double longRunMean, double kappa, double sigma, double obsolescenceRate,
        double seasonalCos, double seasonalSin, double intensity, double meanSize, double sizeStd) {

    public SpotModelErrors {
        double[] all = {longRunMean, kappa, sigma, obsolescenceRate, seasonalCos, seasonalSin, intensity, meanSize,
            sizeStd};
        for (double error : all) {
            if (!(error >= 0.0) || Double.isInfinite(error)) {
                throw new IllegalArgumentException("standard errors: must be non-negative and finite, were "
                        + Arrays.toString(all));
            }
        }
    }

    /** From standard errors in {@link SpotParameter} order (six or nine of them). */
    static SpotModelErrors of(double[] errors) {
        double[] all = Arrays.copyOf(errors, SpotParameter.WITH_JUMPS);
        return new SpotModelErrors(all[0], all[1], all[2], all[3], all[4], all[5], all[6], all[7], all[8]);
    }
}
