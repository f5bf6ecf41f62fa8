package com.suanli.pricing.model;

import com.suanli.pricing.basics.YearFraction;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Maximum-likelihood calibration of a {@link SpotModel} to a daily index history, in two
 * documented steps.
 *
 * <ol>
 *   <li>Starting values by least squares (Commons Math OLS): log price on a constant, time
 *       and the annual cosine and sine gives mu, delta and the seasonal terms; an AR(1) fit
 *       of the residuals gives kappa and sigma from the exact OU transition; innovations
 *       beyond four robust standard deviations (median absolute deviation) seed the jump
 *       intensity, mean and spread.</li>
 *   <li>All parameters together maximise the exact-discretisation likelihood of successive
 *       log prices with Commons Math's BOBYQA (bounded, derivative-free). With jumps the
 *       transition density is a Poisson mixture over 0, 1 or 2 jumps in the step (more are
 *       negligible for daily data): each component is Gaussian with the OU mean and
 *       variance plus the jumps' mean and variance after decay from a uniform arrival
 *       time inside the step. Rates, volatilities and the jump intensity are optimised on
 *       a log scale.</li>
 * </ol>
 *
 * Gaps between observations (missing days) are handled: every transition uses its own time step.
 */
public final class SpotModelCalibrator {

    public static final SpotModelCalibrator DEFAULT = new SpotModelCalibrator();

    private static final int MIN_OBSERVATIONS = 30;
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2.0 * Math.PI);
    private static final double TWO_PI = 2.0 * Math.PI;
    private static final int MAX_EVALUATIONS = 40_000;
    private static final double JUMP_THRESHOLD_IN_SIGMAS = 4.0;
    private static final double MAD_TO_SIGMA = 1.4826;

    private SpotModelCalibrator() {
    }

    /** Calibrates all parameters, jumps included. */
    public SpotCalibration calibrate(NavigableMap<LocalDate, Double> history) {
        return calibrate(history, true);
    }

    /** Calibrates with or without the jump component. */
    public SpotCalibration calibrate(NavigableMap<LocalDate, Double> history, boolean withJumps) {
        Objects.requireNonNull(history, "history: must not be null");
        if (history.size() < MIN_OBSERVATIONS) {
            throw new IllegalArgumentException("history: need at least " + MIN_OBSERVATIONS + " observations, had "
                    + history.size());
        }
        LocalDate origin = history.firstKey();
        int n = history.size();
        double[] t = new double[n];
        double[] y = new double[n];
        int i = 0;
        for (Map.Entry<LocalDate, Double> e : history.entrySet()) {
            Double price = e.getValue();
            if (price == null || !(price > 0.0) || Double.isInfinite(price)) {
                throw new IllegalArgumentException("history: price on " + e.getKey() + " must be positive and finite, was "
                        + price);
            }
            t[i] = YearFraction.between(origin, e.getKey());
            y[i] = Math.log(price);
            i++;
        }
        double phase = (origin.getDayOfYear() - 1) / YearFraction.DAYS_PER_YEAR;
        Likelihood likelihood = new Likelihood(t, y, phase, withJumps);
        double[] start = startingValues(t, y, phase, withJumps);
        double[][] bounds = bounds(withJumps);
        for (int k = 0; k < start.length; k++) {
            start[k] = Math.min(Math.max(start[k], bounds[0][k] + 1e-6), bounds[1][k] - 1e-6);
        }
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * start.length + 1, 0.1, 1e-9);
        PointValuePair best = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(likelihood),
                GoalType.MAXIMIZE, new InitialGuess(start), new SimpleBounds(bounds[0], bounds[1]));
        return new SpotCalibration(toModel(origin, best.getPoint(), withJumps), best.getValue(), n,
                optimizer.getEvaluations());
    }

    private static SpotModel toModel(LocalDate origin, double[] p, boolean withJumps) {
        JumpParameters jumps = withJumps ? new JumpParameters(Math.exp(p[6]), p[7], Math.exp(p[8])) : JumpParameters.NONE;
        return new SpotModel(origin, p[0], Math.exp(p[1]), Math.exp(p[2]), p[3], p[4], p[5], jumps);
    }

    private static double[][] bounds(boolean withJumps) {
        double[] lower = {-20, Math.log(0.01), Math.log(1e-4), -5, -5, -5, Math.log(1e-3), -5, Math.log(1e-4)};
        double[] upper = {20, Math.log(1000), Math.log(20), 5, 5, 5, Math.log(365), 5, Math.log(5)};
        int size = withJumps ? 9 : 6;
        return new double[][] {Arrays.copyOf(lower, size), Arrays.copyOf(upper, size)};
    }

    private static double[] startingValues(double[] t, double[] y, double phase, boolean withJumps) {
        int n = t.length;
        double[][] regressors = new double[n][3];
        for (int i = 0; i < n; i++) {
            regressors[i][0] = t[i];
            regressors[i][1] = Math.cos(TWO_PI * (t[i] + phase));
            regressors[i][2] = Math.sin(TWO_PI * (t[i] + phase));
        }
        OLSMultipleLinearRegression trend = new OLSMultipleLinearRegression();
        trend.newSampleData(y, regressors);
        double[] beta = trend.estimateRegressionParameters();
        double[] residual = trend.estimateResiduals();

        double sxx = 0.0;
        double sxy = 0.0;
        for (int i = 0; i + 1 < n; i++) {
            sxx += residual[i] * residual[i];
            sxy += residual[i] * residual[i + 1];
        }
        double meanStep = (t[n - 1] - t[0]) / (n - 1);
        double phi = Math.min(Math.max(sxy / sxx, 0.01), 0.999);
        double kappa = -Math.log(phi) / meanStep;
        double[] innovations = new double[n - 1];
        double[] absInnovations = new double[n - 1];
        for (int i = 0; i + 1 < n; i++) {
            innovations[i] = residual[i + 1] - phi * residual[i];
            absInnovations[i] = Math.abs(innovations[i]);
        }
        double robustStd = Math.max(MAD_TO_SIGMA * new Median().evaluate(absInnovations), 1e-6);
        double sigma = robustStd * Math.sqrt(2.0 * kappa / (1.0 - phi * phi));
        double[] start = {beta[0], Math.log(kappa), Math.log(sigma), -beta[1], beta[2], beta[3]};
        if (!withJumps) {
            return start;
        }
        double sum = 0.0;
        double sumSq = 0.0;
        int count = 0;
        for (double e : innovations) {
            if (Math.abs(e) > JUMP_THRESHOLD_IN_SIGMAS * robustStd) {
                sum += e;
                sumSq += e * e;
                count++;
            }
        }
        double years = t[n - 1] - t[0];
        double intensity = Math.max(count, 1) / years;
        double jumpMean = count > 0 ? sum / count : 2 * JUMP_THRESHOLD_IN_SIGMAS * robustStd;
        double jumpStd = count > 1 ? Math.sqrt(Math.max(sumSq / count - jumpMean * jumpMean, 0.0)) : robustStd;
        return new double[] {start[0], start[1], start[2], start[3], start[4], start[5], Math.log(intensity), jumpMean,
            Math.log(Math.max(jumpStd, robustStd))};
    }

    /** Log-likelihood of the transitions for a parameter vector on the optimiser's scale. */
    private static final class Likelihood implements MultivariateFunction {

        private final double[] t;
        private final double[] y;
        private final double phase;
        private final boolean withJumps;

        Likelihood(double[] t, double[] y, double phase, boolean withJumps) {
            this.t = t;
            this.y = y;
            this.phase = phase;
            this.withJumps = withJumps;
        }

        @Override
        public double value(double[] p) {
            double mu = p[0];
            double kappa = Math.exp(p[1]);
            double sigma = Math.exp(p[2]);
            double delta = p[3];
            double a = p[4];
            double b = p[5];
            double lambda = withJumps ? Math.exp(p[6]) : 0.0;
            double jumpMean = withJumps ? p[7] : 0.0;
            double jumpVar = withJumps ? Math.exp(2 * p[8]) : 0.0;
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
}
