package com.suanli.pricing.insurance;

/**
 * The model behind an outage cover: outage counts per period, GPU-hours lost per outage, and
 * the replacement cost per lost GPU-hour.
 *
 * <p>Replacement capacity costs {@code replacementSpot x (1 + tightnessBeta x T)} per GPU-hour,
 * where the market tightness T = Phi(Z) in (0,1) is the percentile of a standard normal
 * market factor Z held for the whole term. When counts are negative binomial, the Gamma
 * intensity factor Theta of the count (see {@link NegativeBinomialFrequency}) and Z are
 * joined by a Gaussian copula with correlation {@code tightnessCorrelation}: more outages
 * come with a tighter, dearer market. A Poisson count has a deterministic rate and so no
 * common factor to share; its correlation must be zero (the replacement price still varies
 * with T, common to every event of the term).
 */
public record OutageRisk(
        FrequencyModel frequency,
        int frequencyPeriodDays,
        LostHoursSeverity severity,
        double replacementSpot,
        double tightnessBeta,
        double tightnessCorrelation) {

    public OutageRisk {
        if (frequency == null) {
            throw new IllegalArgumentException("frequency: must not be null");
        }
        if (frequencyPeriodDays <= 0) {
            throw new IllegalArgumentException("frequencyPeriodDays: must be positive, was " + frequencyPeriodDays);
        }
        if (severity == null) {
            throw new IllegalArgumentException("severity: must not be null");
        }
        if (!(replacementSpot > 0) || Double.isInfinite(replacementSpot)) {
            throw new IllegalArgumentException("replacementSpot: must be positive and finite, was " + replacementSpot);
        }
        if (!(tightnessBeta >= 0) || Double.isInfinite(tightnessBeta)) {
            throw new IllegalArgumentException("tightnessBeta: must be finite and not negative, was " + tightnessBeta);
        }
        if (!(tightnessCorrelation > -1 && tightnessCorrelation < 1)) {
            throw new IllegalArgumentException("tightnessCorrelation: must be in (-1,1), was " + tightnessCorrelation);
        }
        if (frequency instanceof PoissonFrequency && tightnessCorrelation != 0.0) {
            throw new IllegalArgumentException("tightnessCorrelation: must be 0 for a Poisson frequency "
                    + "(a deterministic outage rate has no common factor); fit a negative binomial");
        }
    }

    /** A fitted frequency with the other inputs. */
    public static OutageRisk of(FrequencyFit fit, LostHoursSeverity severity, double replacementSpot,
            double tightnessBeta, double tightnessCorrelation) {
        return new OutageRisk(fit.model(), fit.periodDays(), severity, replacementSpot,
                tightnessBeta, tightnessCorrelation);
    }

    /** The count over a cover term of {@code termDays}. */
    public FrequencyModel frequencyOverTerm(int termDays) {
        return frequency.overPeriods((double) termDays / frequencyPeriodDays);
    }

    /** Replacement cost per GPU-hour at tightness {@code tightness} in [0,1]. */
    public double replacementPrice(double tightness) {
        return replacementSpot * (1.0 + tightnessBeta * tightness);
    }

    public OutageRisk withFrequencyScaledBy(double factor) {
        return new OutageRisk(frequency.withMeanScaledBy(factor), frequencyPeriodDays, severity,
                replacementSpot, tightnessBeta, tightnessCorrelation);
    }

    public OutageRisk withReplacementSpot(double spot) {
        return new OutageRisk(frequency, frequencyPeriodDays, severity, spot, tightnessBeta, tightnessCorrelation);
    }
}
