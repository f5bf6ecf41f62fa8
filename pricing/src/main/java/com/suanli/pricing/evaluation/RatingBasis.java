package com.suanli.pricing.evaluation;

/**
 * How the market prices one chip against another compared with what their ratings say.
 *
 * @param ratingRatio   units per hour of the first over units per hour of the second
 * @param observedRatio price per hour of the first over price per hour of the second
 * @param basis         observed / rating - 1: positive when the first chip is dear for its ratings
 */
public record RatingBasis(double ratingRatio, double observedRatio, double basis) {

    static RatingBasis of(double ratingRatio, double observedRatio) {
        return new RatingBasis(ratingRatio, observedRatio, observedRatio / ratingRatio - 1.0);
    }
}
