package com.suanli.pricing.model;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Gauss-Legendre rules on [-1, 1] from Commons Math, computed once: the transforms here
 * evaluate thousands of small fixed rules per valuation and must not rebuild them.
 */
final class LegendreRules {

    static final int MAX_POINTS = 32;

    private static final double[][] POINTS = new double[MAX_POINTS + 1][];
    private static final double[][] WEIGHTS = new double[MAX_POINTS + 1][];

    static {
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        for (int n = 1; n <= MAX_POINTS; n++) {
            GaussIntegrator rule = factory.legendre(n);
            POINTS[n] = new double[n];
            WEIGHTS[n] = new double[n];
            for (int i = 0; i < n; i++) {
                POINTS[n][i] = rule.getPoint(i);
                WEIGHTS[n][i] = rule.getWeight(i);
            }
        }
    }

    private LegendreRules() {
    }

    /** The abscissas of the {@code n}-point rule (1 to {@link #MAX_POINTS}); not to be modified. */
    static double[] points(int n) {
        return POINTS[n];
    }

    /** The weights of the {@code n}-point rule; not to be modified. */
    static double[] weights(int n) {
        return WEIGHTS[n];
    }
}
