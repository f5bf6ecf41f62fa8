package com.suanli.pricing.model;

import com.suanli.pricing.basics.YearFraction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Spot model of a compute rent (price per GPU-hour):
 *
 * <pre>
 *   ln S(t) = g(t) + X(t)
 *   g(t)    = a cos(2 pi (t + p)) + b sin(2 pi (t + p)) - delta t         (seasonality, obsolescence)
 *   dX      = kappa (mu - X) dt + sigma dW + J dN                          (Schwartz 1997 one-factor + jumps)
 * </pre>
 *
 * t is in years (ACT/365F) from {@code origin}, p places the origin in its calendar year so
 * the seasonal terms follow the calendar. delta is the obsolescence rate: absent shocks the
 * rent of a given chip falls by about delta per year as newer generations arrive. N is a
 * Poisson process of intensity lambda, J normal jump sizes; a spike decays at rate kappa.
 *
 * <p>Expectations are closed form: X(t) given X(t0) is the Gaussian OU part plus an
 * independent jump part whose moment generating function is
 * {@code exp(lambda * integral_0^tau [phi(e^{-kappa u}) - 1] du)} with phi the jump size's
 * moment generating function; the one-dimensional integral is a Gauss-Legendre rule on the
 * decay factor ({@link DecayedJumps}). Calls on the spot of a day are exact as well
 * ({@link #expectedCallPayoff}). Without jumps and seasonality this is Schwartz (1997), eq. for
 * the one-factor futures price. Parameters are as calibrated (real-world); pass a market
 * price of risk to shift the long-run mean (Schwartz's alpha* = alpha - lambda sigma / kappa).
 */
public record SpotModel(LocalDate origin, double longRunMean, double kappa, double sigma, double obsolescenceRate,
        double seasonalCos, double seasonalSin, JumpParameters jumps) {

    private static final double TWO_PI = 2.0 * Math.PI;

    public SpotModel {
        Objects.requireNonNull(origin, "origin: must not be null");
        Objects.requireNonNull(jumps, "jumps: must not be null");
        requireFinite(longRunMean, "longRunMean");
        if (!(kappa > 0.0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("kappa: must be positive and finite (per year), was " + kappa);
        }
        if (!(sigma >= 0.0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma: must be non-negative and finite, was " + sigma);
        }
        requireFinite(obsolescenceRate, "obsolescenceRate");
        requireFinite(seasonalCos, "seasonalCos");
        requireFinite(seasonalSin, "seasonalSin");
    }

    /** A model without seasonality, obsolescence or jumps: Schwartz's one-factor model on the log price. */
    public static SpotModel schwartz(LocalDate origin, double longRunMean, double kappa, double sigma) {
        return new SpotModel(origin, longRunMean, kappa, sigma, 0.0, 0.0, 0.0, JumpParameters.NONE);
    }

    public SpotModel withJumps(JumpParameters newJumps) {
        return new SpotModel(origin, longRunMean, kappa, sigma, obsolescenceRate, seasonalCos, seasonalSin, newJumps);
    }

    public SpotModel withObsolescence(double rate) {
        return new SpotModel(origin, longRunMean, kappa, sigma, rate, seasonalCos, seasonalSin, jumps);
    }

    public SpotModel withSeasonality(double cosine, double sine) {
        return new SpotModel(origin, longRunMean, kappa, sigma, obsolescenceRate, cosine, sine, jumps);
    }

    /** Model time of {@code date}: years from the origin. */
    public double time(LocalDate date) {
        return YearFraction.between(origin, date);
    }

    /** The deterministic part g(t) of the log price. */
    public double deterministicLog(double t) {
        double phase = TWO_PI * (t + (origin.getDayOfYear() - 1) / YearFraction.DAYS_PER_YEAR);
        return seasonalCos * Math.cos(phase) + seasonalSin * Math.sin(phase) - obsolescenceRate * t;
    }

    /** The factor X = ln S - g(t) for a spot price observed at model time t. */
    public double factor(double t, double spot) {
        return Math.log(spot) - deterministicLog(t);
    }

    /** The spot price for factor value x at model time t. */
    public double spot(double t, double x) {
        return Math.exp(deterministicLog(t) + x);
    }

    /** E[S(t) | S(t0) = spot0] under the model's own (real-world) parameters. */
    public double expectedSpot(double t0, double spot0, double t) {
        return expectedSpot(t0, spot0, t, 0.0);
    }

    /**
     * E[S(t) | S(t0) = spot0] with the long-run mean lowered by
     * {@code marketPriceOfRisk * sigma / kappa}, as in Schwartz (1997).
     */
    public double expectedSpot(double t0, double spot0, double t, double marketPriceOfRisk) {
        double tau = horizon(t0, t);
        double mu = longRunMean - marketPriceOfRisk * sigma / kappa;
        return Math.exp(gaussianMean(t0, spot0, t, mu) + 0.5 * gaussianVariance(tau) + jumpLogMoment(tau));
    }

    /**
     * E[max(S(t) - strike, 0) | S(t0) = spot0] under the model's own parameters: the
     * undiscounted value of a call on the spot of day t. Without jumps S(t) is lognormal and
     * this is Black's formula; with them it is exact too, by the transform of
     * {@link CallTransform} (jumps decay between arrival and t, so Merton's series of Black
     * prices does not apply unless kappa tau is small).
     *
     * @throws IllegalArgumentException when there are jumps but neither a diffusion nor a jump
     *         size spread to give the law of S(t) a density the transform can resolve
     */
    public double expectedCallPayoff(double t0, double spot0, double t, double strike) {
        if (!(strike > 0.0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException("strike: must be positive and finite, was " + strike);
        }
        double tau = horizon(t0, t);
        try {
            return CallTransform.expectedExcess(gaussianMean(t0, spot0, t, longRunMean), gaussianVariance(tau),
                    new DecayedJumps(jumps, kappa, tau), strike);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sigma: " + sigma + " with jumps of sizeStd " + jumps.sizeStd()
                    + " over " + tau + " years: " + e.getMessage() + "; price by Monte Carlo", e);
        }
    }

    /**
     * Theoretical futures price of a delivery month on {@code valuationDate}: the average
     * over the month's days of the expected daily spot (days already past are not handled
     * here: the month must not have started).
     */
    public double futuresPrice(LocalDate valuationDate, double spot, YearMonth deliveryMonth, double marketPriceOfRisk) {
        if (deliveryMonth.atDay(1).isBefore(valuationDate)) {
            throw new IllegalArgumentException("deliveryMonth: " + deliveryMonth + " has started before " + valuationDate);
        }
        double t0 = time(valuationDate);
        double sum = 0.0;
        int days = deliveryMonth.lengthOfMonth();
        for (int d = 1; d <= days; d++) {
            sum += expectedSpot(t0, spot, time(deliveryMonth.atDay(d)), marketPriceOfRisk);
        }
        return sum / days;
    }

    /** ln E[exp(jump part over tau)] = lambda * integral_0^tau [phi(e^{-kappa u}) - 1] du. */
    double jumpLogMoment(double tau) {
        return new DecayedJumps(jumps, kappa, tau).logMoment();
    }

    private static double horizon(double t0, double t) {
        double tau = t - t0;
        if (tau < 0.0) {
            throw new IllegalArgumentException("t: " + t + " is before t0 " + t0);
        }
        return tau;
    }

    /** E[ln S(t) | S(t0)] without the jumps: the seasonal and obsolescence path plus the OU mean. */
    private double gaussianMean(double t0, double spot0, double t, double mu) {
        double x0 = factor(t0, spot0);
        return deterministicLog(t) + mu + (x0 - mu) * Math.exp(-kappa * (t - t0));
    }

    /** Var[ln S(t) | S(t0)] of the OU part over tau. */
    private double gaussianVariance(double tau) {
        return sigma * sigma * -Math.expm1(-2.0 * kappa * tau) / (2.0 * kappa);
    }

    private static void requireFinite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": must be finite, was " + value);
        }
    }
}
