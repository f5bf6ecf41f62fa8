package com.suanli.pricing.insurance;

/**
 * What a risk officer reads off an outage cover, in the currency of the replacement price.
 *
 * @param expectedLoss             E[payout] over the term (the pure premium)
 * @param standardDeviation        SD[payout]
 * @param standardDeviationPremium E + k SD
 * @param wangPremium              Wang-transform premium
 * @param valueAtRisk              payout quantile at {@code confidence}
 * @param tailValueAtRisk          mean payout beyond the VaR
 * @param confidence               confidence of VaR and TVaR
 * @param standardError            Monte Carlo standard error of the expected loss; 0 for Panjer
 * @param truncatedMass            probability the Panjer lattice could not place (0 for Monte Carlo)
 */
public record OutageCoverMeasures(
        double expectedLoss,
        double standardDeviation,
        double standardDeviationPremium,
        double wangPremium,
        double valueAtRisk,
        double tailValueAtRisk,
        double confidence,
        double standardError,
        double truncatedMass) {

    static OutageCoverMeasures of(LossDistribution losses, RiskLoading loading, double standardError,
            double truncatedMass) {
        return new OutageCoverMeasures(
                losses.mean(),
                losses.standardDeviation(),
                loading.standardDeviationPrinciple().premium(losses),
                loading.wangTransform().premium(losses),
                losses.valueAtRisk(loading.confidence()),
                losses.tailValueAtRisk(loading.confidence()),
                loading.confidence(),
                standardError,
                truncatedMass);
    }
}
