package com.suanli.pricing.green;

import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.TreeMap;

import com.suanli.exchange.listing.Hub;

/**
 * Energy, green premium and carbon footprint of compute capacity.
 *
 * <p>Energy per unit (kWh) = unit power (kW) x utilisation x hub PUE, for one hour of one
 * unit. The green premium per unit is the certificate cost of that energy,
 * kWh / 1000 x GEC price (CNY per MWh), times (1 + scarcity factor).
 */
public final class GreenPricer {

    public static final GreenPricer DEFAULT = new GreenPricer();

    private static final double KWH_PER_MWH = 1000.0;
    private static final double KG_PER_TONNE = 1000.0;

    private GreenPricer() {
    }

    /** Facility energy behind one delivered unit-hour, kWh. */
    public double energyPerUnitKwh(String productCode, Hub hub, GreenParameters parameters) {
        return parameters.powerKw(productCode) * parameters.utilisation() * parameters.hub(hub).pue();
    }

    /** Location-based emissions of one delivered unit-hour, kg CO2e. */
    public double emissionsPerUnitKg(String productCode, Hub hub, GreenParameters parameters) {
        return energyPerUnitKwh(productCode, hub, parameters) * parameters.hub(hub).emissionFactorKgPerKwh();
    }

    /** Green premium per unit for energy delivered in {@code month}, CNY. */
    public double premiumPerUnit(String productCode, Hub hub, YearMonth month, GreenParameters parameters) {
        return energyPerUnitKwh(productCode, hub, parameters) / KWH_PER_MWH
                * parameters.gecCnyPerMwh(month) * (1.0 + parameters.scarcityFactor());
    }

    /** Premiums for {@code months} consecutive delivery months from {@code first}. */
    public GreenPremiumCurve premiumCurve(String productCode, Hub hub, YearMonth first, int months,
            GreenParameters parameters) {
        if (months < 1) {
            throw new IllegalArgumentException("months: must be positive, was " + months);
        }
        NavigableMap<YearMonth, Double> premiums = new TreeMap<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            premiums.put(month, premiumPerUnit(productCode, hub, month, parameters));
        }
        return new GreenPremiumCurve(premiums);
    }

    /**
     * Carbon footprint of a position. Green-tagged capacity is covered by certificates, so its
     * market-based emissions, China carbon cost and CBAM-style exposure are zero; the
     * location-based figure is kept for disclosure.
     */
    public CarbonFootprint footprint(CapacityPosition position, GreenParameters parameters) {
        double energy = position.units() * energyPerUnitKwh(position.productCode(), position.hub(), parameters);
        double locationBased = energy * parameters.hub(position.hub()).emissionFactorKgPerKwh();
        double marketBased = position.green() ? 0.0 : locationBased;
        double tonnes = marketBased / KG_PER_TONNE;
        CarbonPrices prices = parameters.prices();
        double cbamEur = tonnes * prices.cbamGapEurPerTonne();
        return new CarbonFootprint(energy, locationBased, marketBased, tonnes * prices.chinaEtsCnyPerTonne(),
                cbamEur, cbamEur * prices.eurCny());
    }
}
