package com.suanli.pricing.model;

import java.time.LocalDate;
import org.apache.commons.math3.analysis.MultivariateFunction;

/**
 * Log-likelihood of successive log prices under the model's exact transition, for a parameter
 * vector on the optimiser's scale ({@link SpotParameter}). Without jumps each transition is
 * Gaussian with the OU mean and variance over its own step. With jumps it is a Poisson mixture
 * over 0, 1 or 2 jumps in the step (more are negligible while lambda dt stays below 0.1): each
 * component Gaussian with the jumps' mean and variance after decay from a uniform arrival time
 * inside the step.
 */
final class TransitionLikelihood implements MultivariateFunction {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2.0 * Math.PI);
    private static final double TWO_PI = 2.0 * Math.PI;

    private final double[] t;
    private final double[] y;
    private final double phase;
    private final boolean withJumps;

    /**
     * @param t     observation times in years from the first
     * @param y     log prices
     * @param phase the first observation's position in its calendar year
     */
    TransitionLikelihood(double[] t, double[] y, double phase, boolean withJumps) {
        this.t = t;
        this.y = y;
        this.phase = phase;
        this.withJumps = withJumps;
    }

    /** The model a parameter vector stands for, with its origin at {@code origin}. */
    SpotModel toModel(LocalDate origin, double[] p) {
        JumpParameters jumps = withJumps
                ? new JumpParameters(natural(SpotParameter.INTENSITY, p), natural(SpotParameter.MEAN_SIZE, p),
                        natural(SpotParameter.SIZE_STD, p))
                : JumpParameters.NONE;
        return new SpotModel(origin, natural(SpotParameter.LONG_RUN_MEAN, p), natural(SpotParameter.KAPPA, p),
                natural(SpotParameter.SIGMA, p), natural(SpotParameter.OBSOLESCENCE_RATE, p),
                natural(SpotParameter.SEASONAL_COS, p), natural(SpotParameter.SEASONAL_SIN, p), jumps);
    }

    private static double natural(SpotParameter parameter, double[] p) {
        return parameter.value(p[parameter.ordinal()]);
    }

    @Override
    public double value(double[] p) {
        double mu = natural(SpotParameter.LONG_RUN_MEAN, p);
        double kappa = natural(SpotParameter.KAPPA, p);
        double sigma = natural(SpotParameter.SIGMA, p);
        double delta = natural(SpotParameter.OBSOLESCENCE_RATE, p);
        double a = natural(SpotParameter.SEASONAL_COS, p);
        double b = natural(SpotParameter.SEASONAL_SIN, p);
        double lambda = withJumps ? natural(SpotParameter.INTENSITY, p) : 0.0;
        double jumpMean = withJumps ? natural(SpotParameter.MEAN_SIZE, p) : 0.0;
        double jumpStd = withJumps ? natural(SpotParameter.SIZE_STD, p) : 0.0;
        double jumpVar = jumpStd * jumpStd;
        double total = 0.0;
        double xPrev = y[0] - deterministic(t[0], delta, a, b);
        for (int i = 1; i < t.length; i++) {
            double dt = t[i] - t[i - 1];
            double x = y[i] - deterministic(t[i], delta, a, b);
            double decay = Math.exp(-kappa * dt);
            double mean = mu + (xPrev - mu) * decay;
            double variance = sigma * sigma * (-Math.expm1(-2 * kappa * dt)) / (2 * kappa);
            double residual = x - mean;
            if (lambda == 0.0) {
                total += logNormalDensity(residual, variance);
            } else {
                double rate = lambda * dt;
                double meanDecay = (1 - decay) / (kappa * dt);
                double meanSquareDecay = (-Math.expm1(-2 * kappa * dt)) / (2 * kappa * dt);
                double jumpShift = jumpMean * meanDecay;
                double jumpSpread = (jumpVar + jumpMean * jumpMean) * meanSquareDecay - jumpShift * jumpShift;
                double w0 = 1.0;
                double w1 = rate;
                double w2 = 0.5 * rate * rate;
                double norm = w0 + w1 + w2;
                double density = w0 * Math.exp(logNormalDensity(residual, variance))
                        + w1 * Math.exp(logNormalDensity(residual - jumpShift, variance + jumpSpread))
                        + w2 * Math.exp(logNormalDensity(residual - 2 * jumpShift, variance + 2 * jumpSpread));
                total += Math.log(Math.max(density / norm, Double.MIN_NORMAL));
            }
            xPrev = x;
        }
        return total;
    }

    private double deterministic(double time, double delta, double a, double b) {
        double angle = TWO_PI * (time + phase);
        return a * Math.cos(angle) + b * Math.sin(angle) - delta * time;
    }

    private static double logNormalDensity(double residual, double variance) {
        return -LOG_SQRT_2PI - 0.5 * Math.log(variance) - 0.5 * residual * residual / variance;
    }
}
