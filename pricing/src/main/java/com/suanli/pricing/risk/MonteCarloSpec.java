package com.suanli.pricing.risk;

import java.util.List;
import java.util.Objects;

/**
 * How Monte Carlo VaR draws its scenarios: the number of paths, the seed, and the factors with
 * their correlation; with no factors, one log-return factor per index history is estimated
 * from the histories.
 */
public record MonteCarloSpec(int paths, long seed, List<RiskFactor> factors, double[][] correlation) {

    public MonteCarloSpec {
        if (paths < 1) {
            throw new IllegalArgumentException("paths: must be >= 1, was " + paths);
        }
        factors = List.copyOf(Objects.requireNonNull(factors, "factors"));
        if (!factors.isEmpty() && correlation == null) {
            throw new IllegalArgumentException("correlation: is required with factors");
        }
        if (!factors.isEmpty()) {
            MonteCarloScenarios.requireCorrelation(correlation, factors.size());
        }
        correlation = correlation == null ? null : deepCopy(correlation);
    }

    @Override
    public double[][] correlation() {
        return correlation == null ? null : deepCopy(correlation);
    }

    private static double[][] deepCopy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }
}
