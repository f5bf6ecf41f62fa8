package com.suanli.pricing.insurance;

/** Premium = E[S] + k SD[S]. */
public record StandardDeviationPrinciple(double loading) implements PremiumPrinciple {

    public StandardDeviationPrinciple {
        if (!(loading >= 0) || Double.isInfinite(loading)) {
            throw new IllegalArgumentException("loading: must be finite and not negative, was " + loading);
        }
    }

    public static StandardDeviationPrinciple of(double loading) {
        return new StandardDeviationPrinciple(loading);
    }

    @Override
    public double premium(LossDistribution losses) {
        return losses.mean() + loading * losses.standardDeviation();
    }
}
