package com.suanli.pricing.model;

/**
 * The jump part of the log price over a horizon tau: the sum of the jumps that arrived in it,
 * each decayed at the mean-reversion speed from its arrival, {@code Y = sum_k J_k e^{-kappa w_k}}
 * with w_k the time since arrival. Its cumulant is
 * {@code ln E[e^{zY}] = lambda * integral_0^tau [phi(z e^{-kappa w}) - 1] dw}, phi the moment
 * generating function of one normal jump. With y = e^{-kappa w} this is
 * {@code (lambda / kappa) * integral_{e^{-kappa tau}}^1 [exp(z m y + z^2 s^2 y^2 / 2) - 1] / y dy},
 * whose integrand is smooth (an entire function of y, even where y is near 0), so a fixed
 * Gauss-Legendre rule converges fast; the substitution keeps the rule exact as kappa tau goes
 * to 0 (no decay: Merton's jumps) and as it grows (old jumps have decayed away).
 */
final class DecayedJumps {

    /** Enough for the real cumulant: its integrand is nearly linear in y. */
    private static final int REAL_NODES = 16;
    /** Fewest points on the strip; more as the integrand turns faster with u, up to the largest rule. */
    private static final int STRIP_NODES = 6;
    private static final double NODES_PER_RADIAN = 0.5 / Math.PI;

    private final double intensity;
    private final double meanSize;
    private final double sizeVariance;
    private final double kappa;
    private final double horizon;
    /** 1 - e^{-kappa tau}: the length of the y interval, exact for small kappa tau. */
    private final double decayedSpan;

    DecayedJumps(JumpParameters jumps, double kappa, double horizon) {
        this.intensity = jumps.intensity();
        this.meanSize = jumps.meanSize();
        this.sizeVariance = jumps.sizeStd() * jumps.sizeStd();
        this.kappa = kappa;
        this.horizon = horizon;
        this.decayedSpan = -Math.expm1(-kappa * horizon);
    }

    /** Probability of no jump in the horizon. */
    double noJumpProbability() {
        return Math.exp(-intensity * horizon);
    }

    /** The mean size m of one jump, before decay. */
    double meanSize() {
        return meanSize;
    }

    /** E[Y]. */
    double mean() {
        return intensity * meanSize * decayedSpan / kappa;
    }

    /** Var[Y]. */
    double variance() {
        double squaredSpan = -Math.expm1(-2.0 * kappa * horizon);
        return intensity * (meanSize * meanSize + sizeVariance) * squaredSpan / (2.0 * kappa);
    }

    /** ln E[e^Y]: the jumps' share of the expected spot. */
    double logMoment() {
        if (intensity == 0.0 || horizon == 0.0) {
            return 0.0;
        }
        double[] points = LegendreRules.points(REAL_NODES);
        double[] weights = LegendreRules.weights(REAL_NODES);
        double sum = 0.0;
        for (int j = 0; j < REAL_NODES; j++) {
            double y = decayPoint(points[j]);
            sum += weights[j] * Math.expm1(meanSize * y + 0.5 * sizeVariance * y * y) / y;
        }
        return intensity * 0.5 * decayedSpan / kappa * sum;
    }

    /** Points enough for {@link #logMomentOnStrip} at u: its integrand turns by about u (m + 3 s) (1 - e^{-kappa tau}). */
    int nodesAt(double u) {
        double turn = u * (Math.abs(meanSize) + 3.0 * Math.sqrt(sizeVariance)) * decayedSpan;
        return (int) Math.min(LegendreRules.MAX_POINTS, STRIP_NODES + Math.ceil(NODES_PER_RADIAN * turn));
    }

    /** Var of a jump's size left after the least decay: the spread that smooths the law of Y. */
    double smallestSizeVariance() {
        // e^{-kappa tau}: what is left of a jump that arrived at the start of the horizon.
        double remainder = 1.0 - decayedSpan;
        return sizeVariance * remainder * remainder;
    }

    /**
     * ln E[e^{zY}] at z = 1/2 + iu (where the call transform needs it), by a {@code nodes}-point
     * rule; writes the real part to {@code out[0]} and the imaginary part to {@code out[1]}.
     */
    void logMomentOnStrip(double u, int nodes, double[] out) {
        double[] points = LegendreRules.points(nodes);
        double[] weights = LegendreRules.weights(nodes);
        // z = 1/2 + iu, z^2 = 1/4 - u^2 + iu.
        double zSquaredRe = 0.25 - u * u;
        double re = 0.0;
        double im = 0.0;
        for (int j = 0; j < nodes; j++) {
            double y = decayPoint(points[j]);
            double halfSpread = 0.5 * sizeVariance * y * y;
            double exponentRe = 0.5 * meanSize * y + halfSpread * zSquaredRe;
            double exponentIm = (meanSize * y + halfSpread) * u;
            // With s = sin(theta / 2), c = cos(theta / 2): e^{x + i theta} - 1 = expm1(x) (1 - 2 s^2) - 2 s^2
            // + i (1 + expm1(x)) 2 s c, exact near 0 and one exponential and two sines per point.
            double grown = Math.expm1(exponentRe);
            double sine = Math.sin(0.5 * exponentIm);
            double cosine = Math.cos(0.5 * exponentIm);
            double versine = 2.0 * sine * sine;
            double weight = weights[j] / y;
            re += weight * (grown * (1.0 - versine) - versine);
            im += weight * (1.0 + grown) * 2.0 * sine * cosine;
        }
        double scale = intensity * 0.5 * decayedSpan / kappa;
        out[0] = scale * re;
        out[1] = scale * im;
    }

    /** The decay factor y at a Gauss-Legendre point x of [-1, 1] mapped onto [e^{-kappa tau}, 1]. */
    private double decayPoint(double x) {
        return 1.0 - 0.5 * decayedSpan * (1.0 - x);
    }
}
