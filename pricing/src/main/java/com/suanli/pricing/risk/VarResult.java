package com.suanli.pricing.risk;

/**
 * VaR and expected shortfall of a P&amp;L distribution, both as positive losses in CNY, at the
 * settings' confidence and horizon, from {@code sampleSize} scenarios.
 */
public record VarResult(VarSettings settings, double valueAtRisk, double expectedShortfall, int sampleSize) {
}
