package com.suanli.pricing.future;

import java.time.YearMonth;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Value of an average-price swap.
 *
 * @param pv            discounted sum over periods of (expected average - fixed) x hours
 * @param deltaByMonth  dPV / d(forward level of that month), GPU-hours discounted; months
 *                      already fully fixed carry zero
 */
public record SwapMeasures(double pv, NavigableMap<YearMonth, Double> deltaByMonth) {

    public SwapMeasures {
        deltaByMonth = Collections.unmodifiableNavigableMap(new TreeMap<>(deltaByMonth));
    }

    /** Sum of the bucketed deltas: sensitivity to a parallel curve shift. */
    public double delta() {
        return deltaByMonth.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
