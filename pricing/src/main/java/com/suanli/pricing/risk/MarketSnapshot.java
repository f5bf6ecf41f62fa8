package com.suanli.pricing.risk;

import com.suanli.pricing.market.MarketData;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The market state of one valuation date: the pricers' {@link MarketData} (forward curves per
 * product x hub x green tag, volatility surfaces, index fixings, the CNY rate) and what only
 * the risk officer's book reads: the carbon price (CNY per tonne CO2e), outage rates per hub
 * (expected outages per year) and FX (CNY per unit of currency).
 */
public record MarketSnapshot(MarketData data, double carbonPrice, Map<String, Double> outageRates,
                             Map<String, Double> fxRates) {

    public MarketSnapshot {
        Objects.requireNonNull(data, "data");
        if (!(carbonPrice >= 0) || !Double.isFinite(carbonPrice)) {
            throw new IllegalArgumentException("carbonPrice: must be >= 0, was " + carbonPrice);
        }
        outageRates = sorted(outageRates, "outageRates", true);
        fxRates = sorted(fxRates, "fxRates", false);
    }

    /** Curves, vols and fixings only: no carbon price, outage rates or FX. */
    public static MarketSnapshot of(MarketData data) {
        return new MarketSnapshot(data, 0.0, Map.of(), Map.of());
    }

    private static Map<String, Double> sorted(Map<String, Double> values, String field, boolean zeroAllowed) {
        Objects.requireNonNull(values, field);
        Map<String, Double> copy = new TreeMap<>();
        values.forEach((code, value) -> {
            Codes.requireCode(code, field);
            boolean valid = value != null && Double.isFinite(value) && (zeroAllowed ? value >= 0 : value > 0);
            if (!valid) {
                throw new IllegalArgumentException(field + "." + code + ": must be " + (zeroAllowed ? ">= 0" : "> 0")
                        + ", was " + value);
            }
            copy.put(code, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
