package com.suanli.pricing.market;

import com.suanli.pricing.basics.InputRefused;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * Black volatilities quoted at strikes for one expiry.
 *
 * <p>Between quoted strikes, the implied variance sigma^2 (equivalently total variance
 * sigma^2 T, since T is fixed for one expiry) is interpolated against log strike with a
 * natural cubic spline (Commons Math {@code SplineInterpolator}); two nodes interpolate
 * linearly, one node is a flat smile. Outside the quoted strikes the volatility is held flat
 * at the nearest wing quote (no wing extrapolation: compute option markets quote few
 * strikes and extrapolated wings invite arbitrage). The smile is sticky-strike: moving the
 * forward does not move it. A spline can undershoot between widely spaced nodes; variance
 * is floored at 1e-8.
 *
 * <p>Immutable value: construct with {@link #of(LocalDate, double[], double[])}.
 */
public final class VolSmile {

    private static final double VARIANCE_FLOOR = 1e-8;

    private final LocalDate expiry;
    private final double[] strikes;
    private final double[] vols;
    private final PolynomialSplineFunction varianceByLogStrike;

    private VolSmile(LocalDate expiry, double[] strikes, double[] vols) {
        this.expiry = expiry;
        this.strikes = strikes;
        this.vols = vols;
        this.varianceByLogStrike = strikes.length >= 3 ? spline(strikes, vols) : null;
    }

    /** A smile through (strike, vol) nodes; strikes strictly increasing and positive, vols positive. */
    public static VolSmile of(LocalDate expiry, double[] strikes, double[] vols) {
        Objects.requireNonNull(expiry, "expiry: must not be null");
        Objects.requireNonNull(strikes, "strikes: must not be null");
        Objects.requireNonNull(vols, "vols: must not be null");
        if (strikes.length == 0 || strikes.length != vols.length) {
            throw new IllegalArgumentException("strikes: need at least one node and as many vols as strikes, had "
                    + strikes.length + " strikes and " + vols.length + " vols");
        }
        for (int i = 0; i < strikes.length; i++) {
            if (!(strikes[i] > 0.0) || Double.isInfinite(strikes[i]) || (i > 0 && !(strikes[i] > strikes[i - 1]))) {
                throw new InputRefused("strikes", InputRefused.Rule.NOT_RISING,
                        "strikes: must be positive, finite and strictly increasing, was " + Arrays.toString(strikes));
            }
            if (!(vols[i] > 0.0) || Double.isInfinite(vols[i])) {
                throw new InputRefused("vols", InputRefused.Rule.NOT_POSITIVE, "vols: must be positive and finite, was "
                        + vols[i] + " at strike " + strikes[i], vols[i], strikes[i]);
            }
        }
        return new VolSmile(expiry, strikes.clone(), vols.clone());
    }

    /** The same volatility at every strike. */
    public static VolSmile flat(LocalDate expiry, double vol) {
        return of(expiry, new double[] {1.0}, new double[] {vol});
    }

    public LocalDate expiry() {
        return expiry;
    }

    public double[] strikes() {
        return strikes.clone();
    }

    public double[] vols() {
        return vols.clone();
    }

    /** Black volatility at {@code strike}. */
    public double vol(double strike) {
        if (!(strike > 0.0)) {
            throw new IllegalArgumentException("strike: must be positive, was " + strike);
        }
        int n = strikes.length;
        if (n == 1 || strike <= strikes[0]) {
            return vols[0];
        }
        if (strike >= strikes[n - 1]) {
            return vols[n - 1];
        }
        double x = Math.log(strike);
        if (varianceByLogStrike == null) {
            double x0 = Math.log(strikes[0]);
            double x1 = Math.log(strikes[1]);
            double w = (x - x0) / (x1 - x0);
            return Math.sqrt((1 - w) * vols[0] * vols[0] + w * vols[1] * vols[1]);
        }
        return Math.sqrt(Math.max(varianceByLogStrike.value(x), VARIANCE_FLOOR));
    }

    /** Every node's vol moved by {@code shift} (absolute, 0.05 = five vol points). */
    public VolSmile withShift(double shift) {
        double[] shifted = vols.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += shift;
        }
        return of(expiry, strikes, shifted);
    }

    /** Every node's vol times {@code factor}. */
    public VolSmile withScale(double factor) {
        double[] scaled = vols.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return of(expiry, strikes, scaled);
    }

    private static PolynomialSplineFunction spline(double[] strikes, double[] vols) {
        double[] x = new double[strikes.length];
        double[] y = new double[strikes.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.log(strikes[i]);
            y[i] = vols[i] * vols[i];
        }
        return new SplineInterpolator().interpolate(x, y);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VolSmile that && expiry.equals(that.expiry) && Arrays.equals(strikes, that.strikes)
                && Arrays.equals(vols, that.vols);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expiry, Arrays.hashCode(strikes), Arrays.hashCode(vols));
    }

    @Override
    public String toString() {
        return "VolSmile[" + expiry + ", strikes=" + Arrays.toString(strikes) + ", vols=" + Arrays.toString(vols) + "]";
    }
}
