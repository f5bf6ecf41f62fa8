package com.suanli.pricing.risk;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.CorrelatedRandomVectorGenerator;
import org.apache.commons.math3.random.GaussianRandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Monte Carlo scenarios: correlated normal factor moves over the VaR horizon, drawn from a seeded
 * generator. Daily moves are taken as i.i.d. normal, so the h-day move is one normal draw with
 * standard deviation {@code sigma sqrt(h)}: the horizon is simulated, not scaled afterwards.
 * The draws have zero mean (no drift over a risk horizon).
 */
public final class MonteCarloScenarios {

    private MonteCarloScenarios() {
    }

    /**
     * {@code paths} scenarios named {@code mc:1..paths}; {@code correlation} is the factors'
     * correlation matrix (symmetric, unit diagonal, positive semi-definite).
     */
    public static List<Scenario> simulate(List<RiskFactor> factors, double[][] correlation, int horizonDays,
                                          int paths, long seed) {
        int n = factors.size();
        if (n == 0) {
            throw new IllegalArgumentException("factors: need at least one risk factor");
        }
        requireCorrelation(correlation, n);
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays: must be >= 1, was " + horizonDays);
        }
        if (paths < 1) {
            throw new IllegalArgumentException("paths: must be >= 1, was " + paths);
        }
        double[][] covariance = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                covariance[i][j] = correlation[i][j] * factors.get(i).dailyVolatility()
                        * factors.get(j).dailyVolatility() * horizonDays;
            }
        }
        RealMatrix matrix = new Array2DRowRealMatrix(covariance, false);
        CorrelatedRandomVectorGenerator generator = new CorrelatedRandomVectorGenerator(new double[n], matrix,
                1e-12, new GaussianRandomGenerator(new Well19937c(seed)));
        List<Scenario> scenarios = new ArrayList<>(paths);
        for (int p = 1; p <= paths; p++) {
            double[] move = generator.nextVector();
            List<Shock> shocks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                RiskFactor factor = factors.get(i);
                shocks.add(new Shock.CurveShift(factor.drives(), factor.kind(), move[i]));
            }
            scenarios.add(new Scenario("mc:" + p, shocks));
        }
        return scenarios;
    }

    /** Log-return factors whose daily volatilities and correlations are estimated from index histories. */
    public static List<Scenario> fromIndexHistories(List<IndexHistory> histories, int horizonDays, int paths,
                                                    long seed) {
        if (histories.isEmpty()) {
            throw new IllegalArgumentException("histories: need at least one index history");
        }
        int n = histories.size();
        int days = histories.get(0).levels().length - 1;
        if (days < 3) {
            throw new IllegalArgumentException("histories[0].levels: need at least four fixings to estimate volatility");
        }
        double[][] returns = new double[days][n];
        List<RiskFactor> factors = new ArrayList<>(n);
        for (int h = 0; h < n; h++) {
            IndexHistory history = histories.get(h);
            double[] daily = history.dailyLogReturns();
            if (daily.length != days) {
                throw new IllegalArgumentException("histories[" + h + "].levels: must hold as many fixings as histories[0]");
            }
            for (int d = 0; d < days; d++) {
                returns[d][h] = daily[d];
            }
            factors.add(new RiskFactor(history.name(), history.drives(), ShiftKind.LOG,
                    new StandardDeviation().evaluate(daily)));
        }
        double[][] correlation = n == 1 ? new double[][] {{1.0}}
                : new PearsonsCorrelation(returns).getCorrelationMatrix().getData();
        return simulate(factors, correlation, horizonDays, paths, seed);
    }

    static void requireCorrelation(double[][] correlation, int n) {
        if (correlation == null || correlation.length != n) {
            throw new IllegalArgumentException("correlation: must be a " + n + "x" + n + " matrix");
        }
        for (int i = 0; i < n; i++) {
            if (correlation[i].length != n) {
                throw new IllegalArgumentException("correlation[" + i + "]: must hold " + n + " values");
            }
            if (Math.abs(correlation[i][i] - 1.0) > 1e-12) {
                throw new IllegalArgumentException("correlation[" + i + "][" + i + "]: must be 1");
            }
            for (int j = 0; j < n; j++) {
                double c = correlation[i][j];
                if (!(Math.abs(c) <= 1.0) || Math.abs(c - correlation[j][i]) > 1e-12) {
                    throw new IllegalArgumentException("correlation[" + i + "][" + j + "]: must be in [-1, 1] and symmetric");
                }
            }
        }
    }
}
