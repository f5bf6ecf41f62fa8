package com.suanli.pricing.model;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The observed information at a maximum of a log-likelihood: minus its Hessian, by central
 * differences. Its inverse is the asymptotic covariance of the maximum-likelihood estimates
 * (standard errors are the square roots of its diagonal). Inverted through Commons Math's
 * eigen decomposition, which also shows a direction along which the likelihood is flat: a
 * parameter the data does not identify.
 */
final class ObservedInformation {

    /** Central-difference step on the optimiser's scale (log scale for rates and volatilities). */
    private static final double STEP = 1e-4;
    /** An eigenvalue this small against the largest leaves its direction undetermined in doubles. */
    private static final double FLAT_CURVATURE = 1e-10;

    private final EigenDecomposition information;

    private ObservedInformation(EigenDecomposition information) {
        this.information = information;
    }

    static ObservedInformation at(MultivariateFunction logLikelihood, double[] maximum) {
        int n = maximum.length;
        double centre = logLikelihood.value(maximum);
        double[][] minusHessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            double up = logLikelihood.value(shifted(maximum, i, STEP, -1, 0.0));
            double down = logLikelihood.value(shifted(maximum, i, -STEP, -1, 0.0));
            minusHessian[i][i] = -(up - 2.0 * centre + down) / (STEP * STEP);
            for (int j = 0; j < i; j++) {
                double upUp = logLikelihood.value(shifted(maximum, i, STEP, j, STEP));
                double upDown = logLikelihood.value(shifted(maximum, i, STEP, j, -STEP));
                double downUp = logLikelihood.value(shifted(maximum, i, -STEP, j, STEP));
                double downDown = logLikelihood.value(shifted(maximum, i, -STEP, j, -STEP));
                minusHessian[i][j] = -(upUp - upDown - downUp + downDown) / (4.0 * STEP * STEP);
                minusHessian[j][i] = minusHessian[i][j];
            }
        }
        return new ObservedInformation(new EigenDecomposition(MatrixUtils.createRealMatrix(minusHessian)));
    }

    /**
     * The coordinate that leads the flattest direction when the information is not positive
     * definite (no maximum there, or a parameter the data does not pin down), else -1.
     */
    int unidentified() {
        double[] curvatures = information.getRealEigenvalues();
        int flattest = 0;
        double largest = 0.0;
        for (int k = 0; k < curvatures.length; k++) {
            largest = Math.max(largest, Math.abs(curvatures[k]));
            if (curvatures[k] < curvatures[flattest]) {
                flattest = k;
            }
        }
        if (curvatures[flattest] > FLAT_CURVATURE * largest) {
            return -1;
        }
        RealVector direction = information.getEigenvector(flattest);
        return indexOfLargestMagnitude(direction);
    }

    /** Standard errors on the optimiser's scale; only when {@link #unidentified()} is -1. */
    double[] standardErrors() {
        RealMatrix covariance = information.getSolver().getInverse();
        double[] errors = new double[covariance.getRowDimension()];
        for (int i = 0; i < errors.length; i++) {
            errors[i] = Math.sqrt(covariance.getEntry(i, i));
        }
        return errors;
    }

    private static int indexOfLargestMagnitude(RealVector vector) {
        int index = 0;
        for (int i = 1; i < vector.getDimension(); i++) {
            if (Math.abs(vector.getEntry(i)) > Math.abs(vector.getEntry(index))) {
                index = i;
            }
        }
        return index;
    }

    private static double[] shifted(double[] point, int i, double byI, int j, double byJ) {
        double[] moved = point.clone();
        moved[i] += byI;
        if (j >= 0) {
            moved[j] += byJ;
        }
        return moved;
    }
}
