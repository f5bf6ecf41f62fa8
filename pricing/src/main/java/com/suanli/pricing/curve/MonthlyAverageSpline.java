package com.suanli.pricing.curve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The smoothest quartic spline whose daily values average to given monthly targets, after
 * Benth, Koekebakker and Ollmar, "Extracting and applying smooth forward curves from
 * average-based commodity contracts with seasonal variation", Journal of Derivatives 15(1),
 * 2007.
 *
 * <p>One quartic per calendar month, knots at month starts. Minimise the integral of the
 * squared second derivative subject to: continuity of value, slope and curvature at every
 * knot; for each quoted month, the average of the spline over the month's days (evaluated at
 * each day's midpoint) equals the target; zero slope at the far end. BKO state the average
 * constraint as an integral; we state it on the daily grid the contracts settle on, so the
 * daily curve reproduces each month's average exactly, not just approximately. The
 * Karush-Kuhn-Tucker system is linear and solved with Commons Math's LU decomposition.
 * Months in the range without a quote carry no average constraint: the spline bridges them.
 *
 * <p>Time runs in days from the first day of the first month; polynomials are expressed in
 * a local variable u = (t - knot) / 30 to keep the system well conditioned.
 */
final class MonthlyAverageSpline {

    private static final int DEGREE_PLUS_ONE = 5;
    private static final double DAYS_PER_UNIT = 30.0;

    private final double[] knotDays;
    private final double[][] coefficients;

    private MonthlyAverageSpline(double[] knotDays, double[][] coefficients) {
        this.knotDays = knotDays;
        this.coefficients = coefficients;
    }

    /**
     * The Karush-Kuhn-Tucker system for a range of months and a set of quoted months,
     * factorised once. The system depends only on this layout, not on the quoted prices,
     * so curves derived by bumps, shifts or new quotes for the same months reuse it and
     * cost one back-substitution instead of a factorisation.
     */
    static final class Layout {

        private final NavigableMap<YearMonth, Integer> constraintRows;
        private final double[] knots;
        private final int months;
        private final int unknowns;
        private final RealMatrix kkt;
        private final DecompositionSolver solver;

        Layout(YearMonth first, YearMonth last, NavigableSet<YearMonth> quoted) {
            this.months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
            this.knots = new double[months + 1];
            LocalDate start = first.atDay(1);
            for (int j = 0; j <= months; j++) {
                knots[j] = ChronoUnit.DAYS.between(start, first.plusMonths(j).atDay(1));
            }
            this.unknowns = DEGREE_PLUS_ONE * months;
            int size = unknowns + 3 * (months - 1) + quoted.size() + 1;
            this.kkt = new Array2DRowRealMatrix(size, size);
            for (int j = 0; j < months; j++) {
                addCurvaturePenalty(kkt, j, (knots[j + 1] - knots[j]) / DAYS_PER_UNIT);
            }
            int row = unknowns;
            for (int j = 0; j + 1 < months; j++) {
                double h = (knots[j + 1] - knots[j]) / DAYS_PER_UNIT;
                for (int derivative = 0; derivative < 3; derivative++) {
                    for (int p = derivative; p < DEGREE_PLUS_ONE; p++) {
                        setSymmetric(kkt, row, column(j, p), derivativeFactor(p, derivative) * Math.pow(h, p - derivative));
                    }
                    setSymmetric(kkt, row, column(j + 1, derivative), -derivativeFactor(derivative, derivative));
                    row++;
                }
            }
            NavigableMap<YearMonth, Integer> rows = new TreeMap<>();
            for (YearMonth month : quoted) {
                int j = (int) ChronoUnit.MONTHS.between(first, month);
                int days = month.lengthOfMonth();
                for (int p = 0; p < DEGREE_PLUS_ONE; p++) {
                    double mean = 0.0;
                    for (int d = 0; d < days; d++) {
                        mean += Math.pow((d + 0.5) / DAYS_PER_UNIT, p);
                    }
                    setSymmetric(kkt, row, column(j, p), mean / days);
                }
                rows.put(month, row);
                row++;
            }
            this.constraintRows = Collections.unmodifiableNavigableMap(rows);
            int lastMonth = months - 1;
            double hLast = (knots[months] - knots[lastMonth]) / DAYS_PER_UNIT;
            for (int p = 1; p < DEGREE_PLUS_ONE; p++) {
                setSymmetric(kkt, row, column(lastMonth, p), p * Math.pow(hLast, p - 1));
            }
            this.solver = new LUDecomposition(kkt, 1e-14).getSolver();
        }

        /** True when quotes on exactly these months can reuse this factorisation. */
        boolean fits(Set<YearMonth> quotedMonths) {
            return constraintRows.keySet().equals(quotedMonths);
        }

        /**
         * Fits the spline. {@code targets} holds, per quoted month, the average the spline
         * itself must reach (the quote less the month's average seasonal adjustment).
         */
        MonthlyAverageSpline fit(NavigableMap<YearMonth, Double> targets) {
            RealVector rhs = new ArrayRealVector(kkt.getRowDimension());
            for (Map.Entry<YearMonth, Double> target : targets.entrySet()) {
                rhs.setEntry(constraintRows.get(target.getKey()), target.getValue());
            }
            RealVector solution = solver.solve(rhs);
            // One step of iterative refinement: the averages must hold to 1e-9, not to LU round-off.
            RealVector residual = rhs.subtract(kkt.operate(solution));
            solution = solution.add(solver.solve(residual));
            double[][] coefficients = new double[months][DEGREE_PLUS_ONE];
            for (int j = 0; j < months; j++) {
                for (int p = 0; p < DEGREE_PLUS_ONE; p++) {
                    coefficients[j][p] = solution.getEntry(column(j, p));
                }
            }
            return new MonthlyAverageSpline(knots, coefficients);
        }
    }

    /** The same spline moved up by {@code shift}. */
    MonthlyAverageSpline shifted(double shift) {
        double[][] moved = new double[coefficients.length][];
        for (int j = 0; j < coefficients.length; j++) {
            moved[j] = coefficients[j].clone();
            moved[j][0] += shift;
        }
        return new MonthlyAverageSpline(knotDays, moved);
    }

    /** Values at every day's midpoint, day 0 being the first day of the first month. */
    double[] dailyMidpointValues() {
        int days = (int) knotDays[knotDays.length - 1];
        double[] out = new double[days];
        for (int j = 0; j < coefficients.length; j++) {
            double[] c = coefficients[j];
            for (int d = (int) knotDays[j]; d < (int) knotDays[j + 1]; d++) {
                double u = (d + 0.5 - knotDays[j]) / DAYS_PER_UNIT;
                out[d] = c[0] + u * (c[1] + u * (c[2] + u * (c[3] + u * c[4])));
            }
        }
        return out;
    }

    /** Spline value at {@code day} days after the start (continuous time). */
    double value(double day) {
        int j = piece(day);
        double u = (day - knotDays[j]) / DAYS_PER_UNIT;
        double[] c = coefficients[j];
        return c[0] + u * (c[1] + u * (c[2] + u * (c[3] + u * c[4])));
    }

    /** Spline slope at {@code day}, in price per day. */
    double slope(double day) {
        int j = piece(day);
        double u = (day - knotDays[j]) / DAYS_PER_UNIT;
        double[] c = coefficients[j];
        return (c[1] + u * (2 * c[2] + u * (3 * c[3] + u * 4 * c[4]))) / DAYS_PER_UNIT;
    }

    /** Slope of the piece to the left of knot {@code j} (1..months-1) at the knot. */
    double slopeLeftOfKnot(int j) {
        double u = (knotDays[j] - knotDays[j - 1]) / DAYS_PER_UNIT;
        double[] c = coefficients[j - 1];
        return (c[1] + u * (2 * c[2] + u * (3 * c[3] + u * 4 * c[4]))) / DAYS_PER_UNIT;
    }

    /** Slope of the piece to the right of knot {@code j} at the knot. */
    double slopeRightOfKnot(int j) {
        return coefficients[j][1] / DAYS_PER_UNIT;
    }

    int months() {
        return coefficients.length;
    }

    private int piece(double day) {
        int j = 0;
        while (j + 1 < coefficients.length && day >= knotDays[j + 1]) {
            j++;
        }
        return j;
    }

    private static void addCurvaturePenalty(RealMatrix kkt, int month, double h) {
        // Integral over [0, h] of (2 c2 + 6 c3 u + 12 c4 u^2)^2 du as a quadratic form in (c2, c3, c4);
        // the KKT block holds its gradient, twice the form.
        double[][] form = {
            {4 * h, 6 * h * h, 8 * h * h * h},
            {6 * h * h, 12 * h * h * h, 18 * Math.pow(h, 4)},
            {8 * h * h * h, 18 * Math.pow(h, 4), 144.0 / 5.0 * Math.pow(h, 5)},
        };
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                kkt.addToEntry(column(month, a + 2), column(month, b + 2), 2 * form[a][b]);
            }
        }
    }

    private static void setSymmetric(RealMatrix kkt, int constraintRow, int unknownColumn, double value) {
        kkt.setEntry(constraintRow, unknownColumn, value);
        kkt.setEntry(unknownColumn, constraintRow, value);
    }

    private static double derivativeFactor(int power, int derivative) {
        double factor = 1.0;
        for (int i = 0; i < derivative; i++) {
            factor *= power - i;
        }
        return factor;
    }

    private static int column(int month, int power) {
        return DEGREE_PLUS_ONE * month + power;
    }
}
