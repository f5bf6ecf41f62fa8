package com.suanli.pricing.insurance;

/**
 * Panjer's recursion for a compound (a,b,0) count over a discretised severity
 * (Loss Models, section 9.6): g(0) = P(f(0)) and
 * g(s) = sum_{j=1..s} (a + b j / s) f(j) g(s - j) / (1 - a f(0)).
 */
public final class PanjerRecursion {

    private PanjerRecursion() {
    }

    /**
     * Aggregate probabilities on the lattice 0, h, ..., (points-1) h. The severity lattice
     * {@code severity[j]} = P(X = j h) may be shorter or longer than the aggregate; mass the
     * aggregate puts beyond the last point is left out (the caller sees it as 1 - sum).
     */
    public static double[] aggregate(FrequencyModel frequency, double[] severity, int points) {
        if (points < 1) {
            throw new IllegalArgumentException("points: must be positive, was " + points);
        }
        if (severity.length == 0) {
            throw new IllegalArgumentException("severity: the lattice must not be empty");
        }
        double a = frequency.a();
        double b = frequency.b();
        double[] aggregate = new double[points];
        aggregate[0] = frequency.generatingFunction(severity[0]);
        if (!(aggregate[0] > 0)) {
            throw new IllegalArgumentException("frequency: P(S = 0) underflows (expected count "
                    + frequency.mean() + " too large for Panjer on this lattice); use Monte Carlo");
        }
        double scale = 1.0 / (1.0 - a * severity[0]);
        int support = severity.length - 1;
        for (int s = 1; s < points; s++) {
            int top = Math.min(s, support);
            double plain = 0.0;
            double weighted = 0.0;
            for (int j = 1; j <= top; j++) {
                double term = severity[j] * aggregate[s - j];
                plain += term;
                weighted += j * term;
            }
            aggregate[s] = (a * plain + b * weighted / s) * scale;
        }
        return aggregate;
    }
}
