package com.suanli.pricing.green;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import com.suanli.pricing.basics.InputRefused;
import com.suanli.pricing.curve.ForwardCurve;

/**
 * Green premium per delivered unit by delivery month, CNY: green price = standard price +
 * premium. Applied to a standard forward curve it gives the green-tagged curve.
 */
public record GreenPremiumCurve(NavigableMap<YearMonth, Double> premiumPerUnit) {

    public GreenPremiumCurve {
        if (premiumPerUnit == null || premiumPerUnit.isEmpty()) {
            throw new IllegalArgumentException("premiumPerUnit: need at least one month");
        }
        premiumPerUnit = Collections.unmodifiableNavigableMap(new TreeMap<>(premiumPerUnit));
    }

    /** Premium for {@code month}, CNY per unit. */
    public double premium(YearMonth month) {
        Double premium = premiumPerUnit.get(month);
        if (premium == null) {
            throw new InputRefused("month", InputRefused.Rule.OUTSIDE_CURVE, "month: no green premium for " + month
                    + ", curve covers " + premiumPerUnit.firstKey() + " to " + premiumPerUnit.lastKey(), month,
                    premiumPerUnit.firstKey(), premiumPerUnit.lastKey());
        }
        return premium;
    }

    public double greenPrice(YearMonth month, double standardPrice) {
        return standardPrice + premium(month);
    }

    /** The green forward curve: every monthly quote of {@code standard} plus that month's premium. */
    public ForwardCurve greenCurve(ForwardCurve standard) {
        NavigableMap<YearMonth, Double> green = new TreeMap<>();
        for (Map.Entry<YearMonth, Double> quote : standard.quotes().entrySet()) {
            green.put(quote.getKey(), quote.getValue() + premium(quote.getKey()));
        }
        return standard.withQuotes(green);
    }
}
