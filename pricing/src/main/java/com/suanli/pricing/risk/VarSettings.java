package com.suanli.pricing.risk;

/**
 * How VaR is asked for: the confidence (0.99 is the 99% quantile of the loss), the horizon in
 * trading days, and whether the scenarios already span the horizon or are one-day moves to be
 * scaled by the square root of the horizon.
 */
public record VarSettings(double confidence, int horizonDays, HorizonScaling scaling) {

    /** How a one-day loss distribution is carried to the horizon. */
    public enum HorizonScaling {
        /** The scenarios are moves over the whole horizon (h-day returns, or simulated over h days). */
        NONE,
        /** The scenarios are one-day moves; VaR and ES scale by sqrt(h), exact for i.i.d. normal P&amp;L. */
        SQRT_TIME
    }

    public VarSettings {
        if (!(confidence > 0.5 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence: must be in (0.5, 1), was " + confidence);
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays: must be >= 1, was " + horizonDays);
        }
        if (scaling == null) {
            throw new IllegalArgumentException("scaling: must be NONE or SQRT_TIME");
        }
    }

    /** Days per historical window: the whole horizon, or one day when one-day moves are scaled. */
    public int historicalWindowDays() {
        return scaling == HorizonScaling.SQRT_TIME ? 1 : horizonDays;
    }

    /** The fewest scenarios whose loss quantile at this confidence lies inside the sample. */
    public int minimumScenarios() {
        return ValueAtRisk.minimumScenarios(confidence);
    }

    double horizonFactor() {
        return scaling == HorizonScaling.SQRT_TIME ? Math.sqrt(horizonDays) : 1.0;
    }
}
