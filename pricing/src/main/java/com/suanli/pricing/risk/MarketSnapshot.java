package com.suanli.pricing.risk;

import com.suanli.pricing.basics.Underlying;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The market state of one valuation date: forward curves per product x hub (x green) with
 * their volatilities, the CNY discount rate (continuous), the carbon price (CNY per tonne
 * CO2e), outage rates per hub (expected outages per year) and FX (CNY per unit of currency).
 */
public record MarketSnapshot(LocalDate valuationDate, List<CurveData> curves, double discountRate,
                             double carbonPrice, Map<String, Double> outageRates,
                             Map<String, Double> fxRates) {

    public MarketSnapshot {
        Objects.requireNonNull(valuationDate, "valuationDate");
        curves = List.copyOf(Objects.requireNonNull(curves, "curves"));
        Set<Underlying> keys = new HashSet<>();
        for (int i = 0; i < curves.size(); i++) {
            if (!keys.add(curves.get(i).key())) {
                throw new IllegalArgumentException("curves[" + i + "]: duplicate curve " + curves.get(i).key());
            }
        }
        if (!Double.isFinite(discountRate)) {
            throw new IllegalArgumentException("discountRate: must be a finite number");
        }
        if (!(carbonPrice >= 0) || !Double.isFinite(carbonPrice)) {
            throw new IllegalArgumentException("carbonPrice: must be >= 0");
        }
        outageRates = sorted(outageRates, "outageRates", true);
        fxRates = sorted(fxRates, "fxRates", false);
    }

    private static Map<String, Double> sorted(Map<String, Double> values, String field, boolean zeroAllowed) {
        Objects.requireNonNull(values, field);
        Map<String, Double> copy = new TreeMap<>();
        values.forEach((code, value) -> {
            Codes.requireCode(code, field);
            boolean valid = value != null && Double.isFinite(value) && (zeroAllowed ? value >= 0 : value > 0);
            if (!valid) {
                throw new IllegalArgumentException(field + "." + code + ": must be " + (zeroAllowed ? ">= 0" : "> 0"));
            }
            copy.put(code, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
