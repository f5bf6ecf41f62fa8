package com.suanli.pricing.model;

/**
 * Result of a maximum-likelihood calibration.
 *
 * @param model         the fitted model (origin = first observation date)
 * @param logLikelihood maximised log-likelihood of the log-price transitions
 * @param observations  number of index observations used
 * @param evaluations   likelihood evaluations the optimiser spent
 */
public record SpotCalibration(SpotModel model, double logLikelihood, int observations, int evaluations) {
}
