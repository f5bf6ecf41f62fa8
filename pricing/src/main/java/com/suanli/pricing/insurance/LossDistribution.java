package com.suanli.pricing.insurance;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A discrete distribution of a non-negative loss: strictly increasing support points with
 * their probabilities. Panjer lattices and Monte Carlo samples both end up here, so every
 * measure (mean, VaR, TVaR, distorted premiums) is computed by the same code for both.
 */
public final class LossDistribution {

    private static final double PROBABILITY_TOLERANCE = 1e-9;
    /** Slack on a cumulative probability so a sum of atoms that should reach the confidence does. */
    private static final double CUMULATIVE_SLACK = 1e-12;

    private final double[] values;
    private final double[] probabilities;
    /** survival[i] = P(X >= values[i]). */
    private final double[] survivalFrom;

    private LossDistribution(double[] values, double[] probabilities) {
        this.values = values;
        this.probabilities = probabilities;
        this.survivalFrom = new double[values.length];
        double tail = 0.0;
        for (int i = values.length - 1; i >= 0; i--) {
            tail += probabilities[i];
            survivalFrom[i] = Math.min(tail, 1.0);
        }
    }

    /**
     * Atoms at {@code values} with {@code probabilities}, in any order and possibly repeated;
     * repeated values are merged. Probabilities must be non-negative and sum to one.
     */
    public static LossDistribution ofAtoms(double[] values, double[] probabilities) {
        if (values.length != probabilities.length || values.length == 0) {
            throw new IllegalArgumentException("values: need as many values as probabilities, at least one; were "
                    + values.length + " and " + probabilities.length);
        }
        double total = 0.0;
        boolean sorted = true;
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("values[" + i + "]: a loss must be finite and not negative, was "
                        + values[i]);
            }
            if (!(probabilities[i] >= 0)) {
                throw new IllegalArgumentException("probabilities[" + i + "]: must not be negative, was "
                        + probabilities[i]);
            }
            total += probabilities[i];
            sorted &= i == 0 || values[i - 1] <= values[i];
        }
        if (Math.abs(total - 1.0) > PROBABILITY_TOLERANCE) {
            throw new IllegalArgumentException("probabilities: must sum to 1, sum to " + total);
        }
        if (sorted) {
            return merged(values, probabilities);
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] sortedValues = new double[values.length];
        double[] sortedProbabilities = new double[values.length];
        for (int i = 0; i < order.length; i++) {
            sortedValues[i] = values[order[i]];
            sortedProbabilities[i] = probabilities[order[i]];
        }
        return merged(sortedValues, sortedProbabilities);
    }

    /** Merges repeated values of a sorted support. */
    private static LossDistribution merged(double[] sortedValues, double[] probabilities) {
        double[] mergedValues = new double[sortedValues.length];
        double[] mergedProbabilities = new double[sortedValues.length];
        int size = 0;
        for (int i = 0; i < sortedValues.length; i++) {
            if (size > 0 && mergedValues[size - 1] == sortedValues[i]) {
                mergedProbabilities[size - 1] += probabilities[i];
            } else {
                mergedValues[size] = sortedValues[i];
                mergedProbabilities[size] = probabilities[i];
                size++;
            }
        }
        return new LossDistribution(Arrays.copyOf(mergedValues, size), Arrays.copyOf(mergedProbabilities, size));
    }

    /** The empirical distribution of a sample, each draw with weight 1/n. */
    public static LossDistribution ofSample(double[] sample) {
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        double[] weights = new double[sorted.length];
        Arrays.fill(weights, 1.0 / sorted.length);
        return ofAtoms(sorted, weights);
    }

    public double mean() {
        double sum = 0.0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * probabilities[i];
        }
        return sum;
    }

    public double variance() {
        double mean = mean();
        double sum = 0.0;
        for (int i = 0; i < values.length; i++) {
            double deviation = values[i] - mean;
            sum += deviation * deviation * probabilities[i];
        }
        return sum;
    }

    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /** P(X > x). */
    public double exceedanceProbability(double x) {
        int index = Arrays.binarySearch(values, x);
        int firstAbove = index >= 0 ? index + 1 : -index - 1;
        return firstAbove < values.length ? survivalFrom[firstAbove] : 0.0;
    }

    /** VaR: the smallest loss x with P(X <= x) >= confidence. */
    public double valueAtRisk(double confidence) {
        requireConfidence(confidence);
        double cumulative = 0.0;
        for (int i = 0; i < values.length; i++) {
            cumulative += probabilities[i];
            if (cumulative >= confidence - CUMULATIVE_SLACK) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /**
     * TVaR (expected shortfall) = VaR + E[(X - VaR)+] / (1 - confidence), which stays right
     * when an atom straddles the VaR (Loss Models, section 3.5).
     */
    public double tailValueAtRisk(double confidence) {
        double var = valueAtRisk(confidence);
        double excess = 0.0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > var) {
                excess += (values[i] - var) * probabilities[i];
            }
        }
        return var + excess / (1.0 - confidence);
    }

    /**
     * The distorted expectation: integral over x >= 0 of g(P(X > x)), g a distortion with
     * g(0) = 0, g(1) = 1. With g the identity this is the mean.
     */
    public double distortedExpectation(DoubleUnaryOperator distortion) {
        double sum = 0.0;
        double previous = 0.0;
        for (int i = 0; i < values.length; i++) {
            sum += (values[i] - previous) * distortion.applyAsDouble(survivalFrom[i]);
            previous = values[i];
        }
        return sum;
    }

    /** Largest loss with positive probability. */
    public double maximum() {
        return values[values.length - 1];
    }

    private static void requireConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence: must be in (0,1), was " + confidence);
        }
    }
}
