package com.suanli.pricing.model;

import com.suanli.pricing.basics.YearFraction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.exception.MathIllegalStateException;
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
 * Maximum-likelihood calibration of a {@link SpotModel} to a daily index history.
 *
 * <ol>
 *   <li>The data is looked at first: a flat series, one unchanged on most days, or one that
 *       moves without day-to-day noise (a ramp, a smooth curve) has nothing to fit a
 *       volatility to and is refused with that reason.</li>
 *   <li>Starting values by least squares (Commons Math OLS): log price on a constant, time
 *       and the annual cosine and sine gives mu, delta and the seasonal terms; an AR(1) fit
 *       of the residuals gives kappa and sigma from the exact OU transition; innovations
 *       beyond four robust standard deviations (median absolute deviation) seed the jump
 *       intensity, mean and spread.</li>
 *   <li>The model without jumps maximises the exact transition likelihood
 *       ({@link TransitionLikelihood}) with Commons Math's BOBYQA (bounded, derivative-free),
 *       rates and volatilities on a log scale. With jumps asked for, the jump model is fitted
 *       from there and kept only if the likelihood ratio 2 (l_jumps - l_none) beats the 99%
 *       quantile of chi-square with 3 degrees of freedom (conservative: without jumps their
 *       size is not identified); else the data is jump-free and the model has none.</li>
 *   <li>An estimate at the edge of its range ({@link SpotParameter}) is refused, naming the
 *       parameter and what the data lacks; standard errors come from the observed
 *       information ({@link ObservedInformation}), and a flat direction there is refused
 *       too.</li>
 * </ol>
 *
 * Gaps between observations (missing days) are handled: every transition uses its own time step.
 */
public final class SpotModelCalibrator {

    public static final SpotModelCalibrator DEFAULT = new SpotModelCalibrator();

    private static final int MIN_OBSERVATIONS = 30;
    private static final double TWO_PI = 2.0 * Math.PI;
    private static final int MAX_EVALUATIONS = 40_000;
    private static final double JUMP_THRESHOLD_IN_SIGMAS = 4.0;
    private static final double MAD_TO_SIGMA = 1.4826;
    /** Jumps add three parameters; kept when their likelihood ratio has a p-value below 1%. */
    private static final int JUMP_PARAMETERS = 3;
    private static final double JUMP_SIGNIFICANCE = 0.01;
    /** Below 0.1% a year of day-to-day noise a price does not move like a market. */
    private static final double MIN_VOLATILITY = 1e-3;
    /** An estimate within this of an edge (on the optimiser's scale) sits on it. */
    private static final double EDGE = 1e-3;

    private SpotModelCalibrator() {
    }

    /** Calibrates with jumps where the data shows them (by the likelihood ratio), else without. */
    public SpotCalibration calibrate(NavigableMap<LocalDate, Double> history) {
        return calibrate(history, true);
    }

    /**
     * Calibrates without jumps, or with them where the data shows them.
     *
     * @throws IllegalArgumentException naming what is wrong with the data: too short, not
     *         positive, flat, stale, noiseless, or a parameter it cannot pin down
     */
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
        requireMovement(history, y);
        double meanStep = (t[n - 1] - t[0]) / (n - 1);
        double phase = (origin.getDayOfYear() - 1) / YearFraction.DAYS_PER_YEAR;
        requireNoise(y, meanStep);
        double[] start = startingValues(t, y, phase);

        TransitionLikelihood diffusion = new TransitionLikelihood(t, y, phase, false);
        Fit withoutJumps = maximise(diffusion, Arrays.copyOf(start, SpotParameter.WITHOUT_JUMPS), meanStep);
        Fit chosen = withoutJumps;
        double ratio = 0.0;
        double pValue = 1.0;
        int evaluations = withoutJumps.evaluations;
        if (withJumps) {
            double[] jumpStart = start.clone();
            System.arraycopy(withoutJumps.point, 0, jumpStart, 0, SpotParameter.WITHOUT_JUMPS);
            Fit jumpFit = maximise(new TransitionLikelihood(t, y, phase, true), jumpStart, meanStep);
            evaluations += jumpFit.evaluations;
            ratio = Math.max(2.0 * (jumpFit.logLikelihood - withoutJumps.logLikelihood), 0.0);
            pValue = 1.0 - new ChiSquaredDistribution(JUMP_PARAMETERS).cumulativeProbability(ratio);
            if (pValue < JUMP_SIGNIFICANCE) {
                chosen = jumpFit;
            }
        }
        requireInside(chosen, meanStep);
        ObservedInformation information = ObservedInformation.at(chosen.likelihood, chosen.point);
        int unidentified = information.unidentified();
        if (unidentified >= 0) {
            throw new IllegalArgumentException("history: the likelihood is flat along "
                    + SpotParameter.values()[unidentified].field() + ": the data does not pin it down");
        }
        double[] errors = information.standardErrors();
        for (int k = 0; k < errors.length; k++) {
            errors[k] *= SpotParameter.values()[k].slope(chosen.point[k]);
        }
        return new SpotCalibration(chosen.likelihood.toModel(origin, chosen.point), SpotModelErrors.of(errors),
                chosen.logLikelihood, ratio, pValue, n, evaluations);
    }

    /** A flat series, or one unchanged on most days, has no variation to fit. */
    private static void requireMovement(NavigableMap<LocalDate, Double> history, double[] y) {
        int unchanged = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] == y[i - 1]) {
                unchanged++;
            }
        }
        int changes = y.length - 1;
        if (unchanged == changes) {
            throw new IllegalArgumentException("history: flat, no variation to fit (every price is "
                    + history.firstEntry().getValue() + ")");
        }
        if (2 * unchanged > changes) {
            throw new IllegalArgumentException("history: unchanged on " + unchanged + " of " + changes
                    + " steps: too stale to fit a volatility to");
        }
    }

    /**
     * A ramp or a smooth curve changes every day but has no noise to fit a volatility to. Second
     * differences of the log price see it whatever the trend: smooth, they are near 0; with
     * noise, a robust estimate of their spread over sqrt(2 dt) is about the volatility.
     */
    private static void requireNoise(double[] y, double meanStep) {
        double[] curvature = new double[y.length - 2];
        for (int i = 0; i < curvature.length; i++) {
            curvature[i] = Math.abs(y[i + 2] - 2.0 * y[i + 1] + y[i]);
        }
        double volatility = MAD_TO_SIGMA * new Median().evaluate(curvature) / Math.sqrt(2.0 * meanStep);
        if (volatility < MIN_VOLATILITY) {
            throw new IllegalArgumentException("history: moves without day-to-day noise (about " + volatility
                    + " a year): a ramp or a smooth curve, nothing to fit a volatility to");
        }
    }

    /** An estimate on the edge of its range is no maximum: say which parameter and what the data lacks. */
    private static void requireInside(Fit fit, double meanStep) {
        for (int k = 0; k < fit.point.length; k++) {
            SpotParameter parameter = SpotParameter.values()[k];
            boolean low = fit.point[k] - parameter.lowerBound() < EDGE;
            boolean high = parameter.upperBound(meanStep) - fit.point[k] < EDGE;
            if (low || high) {
                double edge = parameter.value(low ? parameter.lowerBound() : parameter.upperBound(meanStep));
                throw new IllegalArgumentException("history: the fit puts " + parameter.field() + " at the "
                        + (low ? "lower" : "upper") + " edge of its range (" + sixDigits(edge) + "): "
                        + parameter.edgeReason(low));
            }
        }
    }

    private static String sixDigits(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static Fit maximise(TransitionLikelihood likelihood, double[] start, double meanStep) {
        int size = start.length;
        double[] lower = new double[size];
        double[] upper = new double[size];
        for (int k = 0; k < size; k++) {
            SpotParameter parameter = SpotParameter.values()[k];
            lower[k] = parameter.lowerBound();
            upper[k] = parameter.upperBound(meanStep);
            start[k] = Math.min(Math.max(start[k], lower[k] + 1e-6), upper[k] - 1e-6);
        }
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * size + 1, 0.1, 1e-9);
        try {
            PointValuePair best = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(likelihood),
                    GoalType.MAXIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper));
            return new Fit(likelihood, best.getPoint(), best.getValue(), optimizer.getEvaluations());
        } catch (MathIllegalStateException e) {
            throw new IllegalArgumentException("history: the likelihood " + (size == SpotParameter.WITH_JUMPS
                    ? "with jumps" : "without jumps") + " has no maximum the optimiser could reach ("
                    + e.getMessage() + ")", e);
        }
    }

    private static double[] startingValues(double[] t, double[] y, double phase) {
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
        double phi = sxx > 0.0 ? Math.min(Math.max(sxy / sxx, 0.01), 0.999) : 0.5;
        double kappa = -Math.log(phi) / meanStep;
        double[] innovations = new double[n - 1];
        double[] absInnovations = new double[n - 1];
        for (int i = 0; i + 1 < n; i++) {
            innovations[i] = residual[i + 1] - phi * residual[i];
            absInnovations[i] = Math.abs(innovations[i]);
        }
        double robustStd = MAD_TO_SIGMA * new Median().evaluate(absInnovations);
        double sigma = robustStd * Math.sqrt(2.0 * kappa / (1.0 - phi * phi));
        double floor = Math.max(robustStd, 1e-6);
        double sum = 0.0;
        double sumSq = 0.0;
        int count = 0;
        for (double e : innovations) {
            if (Math.abs(e) > JUMP_THRESHOLD_IN_SIGMAS * floor) {
                sum += e;
                sumSq += e * e;
                count++;
            }
        }
        double years = t[n - 1] - t[0];
        double intensity = Math.max(count, 1) / years;
        double jumpMean = count > 0 ? sum / count : 2 * JUMP_THRESHOLD_IN_SIGMAS * floor;
        double jumpStd = count > 1 ? Math.sqrt(Math.max(sumSq / count - jumpMean * jumpMean, 0.0)) : floor;
        return new double[] {beta[0], Math.log(kappa), Math.log(sigma), -beta[1], beta[2], beta[3], Math.log(intensity),
            jumpMean, Math.log(Math.max(jumpStd, floor))};
    }

    /** One maximised likelihood. */
    private record Fit(TransitionLikelihood likelihood, double[] point, double logLikelihood, int evaluations) {
    }
}
