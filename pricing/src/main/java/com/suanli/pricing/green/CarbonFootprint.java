package com.suanli.pricing.green;

/**
 * The carbon measures of a capacity position.
 *
 * @param energyKwh              facility energy behind the delivered units, kWh
 * @param locationBasedKgCo2e    energy x the hub grid's average emission factor
 * @param marketBasedKgCo2e      after green certificates: zero for green-tagged capacity
 * @param chinaCarbonCostCny     market-based emissions at the China ETS price (the price taken as paid)
 * @param cbamExposureEur        market-based tonnes x (EU ETS - China price paid), EUR; illustrative,
 *                               since CBAM covers imported goods, not services
 * @param cbamExposureCny        the same in CNY
 */
public record CarbonFootprint(
        double energyKwh,
        double locationBasedKgCo2e,
        double marketBasedKgCo2e,
        double chinaCarbonCostCny,
        double cbamExposureEur,
        double cbamExposureCny) {
}
