package com.suanli.pricing.risk;

import com.suanli.pricing.basics.InputRefused;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * VaR and expected shortfall from a P&amp;L sample (historical or Monte Carlo scenarios alike).
 *
 * <p>With losses {@code L = -pnl} sorted ascending {@code L(1) <= ... <= L(n)} and {@code k = n p}:
 * VaR is the empirical p-quantile {@code L(ceil(k))} (Commons Math's R-1 estimator, the inverse of
 * the empirical distribution), and ES is the average of the quantiles above p,
 * {@code (1/(n(1-p))) [ (ceil(k) - k) L(ceil(k)) + sum over i > ceil(k) of L(i) ]}, so with 1,000
 * scenarios at 99% VaR is the 11th worst loss and ES the mean of the 10 worst.
 */
public final class ValueAtRisk {

    /** A sample count n p this close to a whole number is that number (0.99 x 1000 is 990, not 990.0000000000001). */
    private static final double WHOLE_NUMBER_TOLERANCE = 1e-9;

    private ValueAtRisk() {
    }

    public static VarResult of(PnlVector pnl, VarSettings settings) {
        return of(pnl.pnl(), settings);
    }

    public static VarResult of(double[] pnl, VarSettings settings) {
        double factor = settings.horizonFactor();
        return new VarResult(settings, factor * valueAtRisk(pnl, settings.confidence()),
                factor * expectedShortfall(pnl, settings.confidence()), pnl.length);
    }

    public static double valueAtRisk(double[] pnl, double confidence) {
        double[] losses = sortedLosses(pnl, confidence);
        int varRank = (int) Math.ceil(quantileLevel(losses.length, confidence));
        // Asking R-1 for the middle of the rank's probability cell keeps n p / 100 rounding from
        // tipping the ceiling into the next order statistic.
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_1);
        return percentile.evaluate(losses, 100.0 * (varRank - 0.5) / losses.length);
    }

    public static double expectedShortfall(double[] pnl, double confidence) {
        double[] losses = sortedLosses(pnl, confidence);
        int n = losses.length;
        double k = quantileLevel(n, confidence);
        int varRank = (int) Math.ceil(k);
        double tail = (varRank - k) * losses[varRank - 1];
        for (int i = varRank; i < n; i++) {
            tail += losses[i];
        }
        return tail / (n - k);
    }

    /** {@code n p}, snapped to a whole number when rounding put it a hair off. */
    private static double quantileLevel(int n, double confidence) {
        double k = n * confidence;
        double whole = Math.rint(k);
        return Math.abs(k - whole) < WHOLE_NUMBER_TOLERANCE ? whole : k;
    }

    /** The fewest scenarios n with n (1 - confidence) >= 1: the quantile then falls inside the sample. */
    static int minimumScenarios(double confidence) {
        return (int) Math.ceil((1 - WHOLE_NUMBER_TOLERANCE) / (1 - confidence));
    }

    private static double[] sortedLosses(double[] pnl, double confidence) {
        if (pnl.length == 0) {
            throw new InputRefused("pnl", InputRefused.Rule.NO_SCENARIO, "pnl: needs at least one scenario");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence: must be in (0, 1), was " + confidence);
        }
        if (pnl.length * (1 - confidence) < 1 - WHOLE_NUMBER_TOLERANCE) {
            throw new InputRefused("pnl", InputRefused.Rule.TOO_FEW_SCENARIOS, "pnl: " + pnl.length
                    + " scenarios are too few for a " + confidence + " quantile (need at least "
                    + minimumScenarios(confidence) + ")", pnl.length, confidence, minimumScenarios(confidence));
        }
        double[] losses = new double[pnl.length];
        for (int i = 0; i < pnl.length; i++) {
            losses[i] = -pnl[i];
        }
        Arrays.sort(losses);
        return losses;
    }
}
