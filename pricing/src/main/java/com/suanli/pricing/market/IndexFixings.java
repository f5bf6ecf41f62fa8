package com.suanli.pricing.market;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/** Published daily index values for one underlying (the spot rent the futures settle on). */
public record IndexFixings(NavigableMap<LocalDate, Double> byDate) {

    public static final IndexFixings NONE = new IndexFixings(new TreeMap<>());

    public IndexFixings {
        Objects.requireNonNull(byDate, "byDate: must not be null");
        for (Map.Entry<LocalDate, Double> e : byDate.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || !(e.getValue() > 0.0) || Double.isInfinite(e.getValue())) {
                throw new IllegalArgumentException("byDate: fixing on " + e.getKey() + " must be positive and finite, was "
                        + e.getValue());
            }
        }
        byDate = Collections.unmodifiableNavigableMap(new TreeMap<>(byDate));
    }

    /** The fixing on {@code date}, failing with the date when it was not published. */
    public double on(LocalDate date) {
        Double value = byDate.get(date);
        if (value == null) {
            throw new IllegalArgumentException("fixings: no index fixing published for " + date);
        }
        return value;
    }

    public IndexFixings with(LocalDate date, double value) {
        NavigableMap<LocalDate, Double> copy = new TreeMap<>(byDate);
        copy.put(date, value);
        return new IndexFixings(copy);
    }
}
