package com.suanli.pricing.insurance;

import java.util.Arrays;

/**
 * Observed outage (or failed-delivery) counts of one provider or hub, one count per period
 * of {@code periodDays} days, oldest first.
 */
public record OutageHistory(String source, int periodDays, int[] counts) {

    public OutageHistory {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source: must name the provider or hub");
        }
        if (periodDays <= 0) {
            throw new IllegalArgumentException("periodDays: must be positive, was " + periodDays);
        }
        if (counts == null || counts.length < 2) {
            throw new IllegalArgumentException("counts: need at least two periods to fit a frequency");
        }
        counts = counts.clone();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("counts[" + i + "]: must not be negative, was " + counts[i]);
            }
        }
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    double[] countsAsDoubles() {
        return Arrays.stream(counts).asDoubleStream().toArray();
    }

    int count(int period) {
        return counts[period];
    }

    int periods() {
        return counts.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutageHistory h && h.source.equals(source)
                && h.periodDays == periodDays && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * source.hashCode() + periodDays) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "OutageHistory[source=" + source + ", periodDays=" + periodDays
                + ", counts=" + Arrays.toString(counts) + "]";
    }
}
