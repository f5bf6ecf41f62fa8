package com.suanli.pricing.green;

/**
 * Environmental-attribute and carbon prices.
 *
 * @param gecCnyPerMwh         China green electricity certificate, CNY per certificate (1 MWh)
 * @param chinaEtsCnyPerTonne  China national ETS allowance, CNY per t CO2
 * @param euEtsEurPerTonne     EU ETS allowance, EUR per t CO2
 * @param eurCny               CNY per EUR
 */
public record CarbonPrices(double gecCnyPerMwh, double chinaEtsCnyPerTonne, double euEtsEurPerTonne, double eurCny) {

    public CarbonPrices {
        requireNonNegative("gecCnyPerMwh", gecCnyPerMwh);
        requireNonNegative("chinaEtsCnyPerTonne", chinaEtsCnyPerTonne);
        requireNonNegative("euEtsEurPerTonne", euEtsEurPerTonne);
        if (!(eurCny > 0) || Double.isInfinite(eurCny)) {
            throw new IllegalArgumentException("eurCny: must be positive and finite, was " + eurCny);
        }
    }

    public CarbonPrices withChinaEts(double cnyPerTonne) {
        return new CarbonPrices(gecCnyPerMwh, cnyPerTonne, euEtsEurPerTonne, eurCny);
    }

    public CarbonPrices withEuEts(double eurPerTonne) {
        return new CarbonPrices(gecCnyPerMwh, chinaEtsCnyPerTonne, eurPerTonne, eurCny);
    }

    public CarbonPrices withGec(double cnyPerMwh) {
        return new CarbonPrices(cnyPerMwh, chinaEtsCnyPerTonne, euEtsEurPerTonne, eurCny);
    }

    /** EU ETS price less the China price already paid, in EUR per tonne, never negative. */
    public double cbamGapEurPerTonne() {
        return Math.max(euEtsEurPerTonne - chinaEtsCnyPerTonne / eurCny, 0.0);
    }

    private static void requireNonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be finite and not negative, was " + value);
        }
    }
}
