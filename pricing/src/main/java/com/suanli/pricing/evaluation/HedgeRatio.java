package com.suanli.pricing.evaluation;

/**
 * Hours of the hedge chip to sell per hour of the exposure chip held.
 *
 * @param minimumVariance Cov(dP exposure, dP hedge) / Var(dP hedge) from the price histories
 * @param standardError   standard error of the minimum-variance estimate
 * @param ratingBased     units per hour of the exposure chip over units per hour of the hedge chip
 * @param correlation     correlation of the two chips' daily price changes
 * @param effectiveness   share of the exposure's variance the minimum-variance hedge removes (R^2)
 * @param observations    number of price changes used
 */
public record HedgeRatio(
        double minimumVariance,
        double standardError,
        double ratingBased,
        double correlation,
        double effectiveness,
        long observations) {
}
