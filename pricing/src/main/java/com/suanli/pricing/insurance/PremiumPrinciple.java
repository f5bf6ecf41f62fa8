package com.suanli.pricing.insurance;

/** A rule turning a loss distribution into a premium (expected loss plus a risk loading). */
public sealed interface PremiumPrinciple permits StandardDeviationPrinciple, WangTransform {

    double premium(LossDistribution losses);
}
