package com.suanli.pricing.model;

/**
 * Result of a maximum-likelihood calibration.
 *
 * @param model               the fitted model (origin = first observation date); without jumps
 *                            when the data does not support them
 * @param standardErrors      asymptotic standard errors of the model's parameters
 * @param logLikelihood       maximised log-likelihood of the log-price transitions
 * @param jumpLikelihoodRatio 2 (log-likelihood with jumps - without): the evidence for jumps,
 *                            0 when they were not fitted
 * @param jumpPValue          its p-value against chi-square with three degrees of freedom (1
 *                            when jumps were not fitted)
 * @param observations        number of index observations used
 * @param evaluations         likelihood evaluations the optimiser spent, all fits together
 */
public record SpotCalibration(SpotModel model, SpotModelErrors standardErrors, double logLikelihood,
        double jumpLikelihoodRatio, double jumpPValue, int observations, int evaluations) {

    /** Whether the calibrated model has jumps. */
    public boolean hasJumps() {
        return model.jumps().intensity() > 0.0;
    }
}
