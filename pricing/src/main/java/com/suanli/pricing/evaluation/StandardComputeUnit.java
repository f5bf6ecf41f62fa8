package com.suanli.pricing.evaluation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import com.suanli.exchange.listing.ComputeProduct;

/**
 * A standard compute unit: one hour of the {@code reference} product is one unit, and any
 * product of the same class is worth the weighted geometric mean of its rating ratios,
 * prod over metrics m of (rating_m / reference_m)^w_m, weights summing to one. A geometric
 * mean keeps ratios consistent (converting A to B to C equals A to C) and does not let one
 * outsized rating swamp the others.
 */
public record StandardComputeUnit(String name, ComputeProduct reference, Map<RatingMetric, Double> weights) {

    private static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    /** The desk's GPU weights: dense BF16 compute 0.6, memory bandwidth 0.3, memory size 0.1. */
    public static final Map<RatingMetric, Double> GPU_WEIGHTS = Map.of(
            RatingMetric.DENSE_BF16, 0.6, RatingMetric.MEMORY_BANDWIDTH, 0.3, RatingMetric.MEMORY_GB, 0.1);

    /** CPU core-hours are compared on the SPECrate-like throughput score alone. */
    public static final Map<RatingMetric, Double> CPU_WEIGHTS = Map.of(RatingMetric.CPU_SCORE, 1.0);

    public StandardComputeUnit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
        Objects.requireNonNull(reference, "reference: must not be null");
        if (weights == null || weights.isEmpty()) {
            throw new IllegalArgumentException("weights: need at least one metric");
        }
        double sum = 0.0;
        for (Map.Entry<RatingMetric, Double> weight : weights.entrySet()) {
            if (weight.getValue() == null || !(weight.getValue() > 0)) {
                throw new IllegalArgumentException("weights." + weight.getKey() + ": must be positive, was "
                        + weight.getValue());
            }
            if (!(weight.getKey().of(reference.ratings()) > 0)) {
                throw new IllegalArgumentException("reference: " + reference.code() + " has no "
                        + weight.getKey() + " rating to measure against");
            }
            sum += weight.getValue();
        }
        if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
            throw new IllegalArgumentException("weights: must sum to 1, sum to " + sum);
        }
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    public static StandardComputeUnit of(String name, ComputeProduct reference, Map<RatingMetric, Double> weights) {
        return new StandardComputeUnit(name, reference, weights);
    }

    /** Units in one hour of {@code product}. */
    public double unitsPerHour(ComputeProduct product) {
        if (product.productClass() != reference.productClass()) {
            throw new IllegalArgumentException("product: " + product.code() + " is " + product.productClass()
                    + " capacity; " + name + " measures " + reference.productClass() + " capacity");
        }
        double logScore = 0.0;
        for (Map.Entry<RatingMetric, Double> weight : weights.entrySet()) {
            double rating = weight.getKey().of(product.ratings());
            if (!(rating > 0)) {
                throw new IllegalArgumentException("product: " + product.code() + " has no "
                        + weight.getKey() + " rating, which " + name + " weighs");
            }
            logScore += weight.getValue() * Math.log(rating / weight.getKey().of(reference.ratings()));
        }
        return Math.exp(logScore);
    }
}
