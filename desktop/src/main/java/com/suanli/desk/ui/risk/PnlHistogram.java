package com.suanli.desk.ui.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The P&amp;L of a large set as equal-width bins, for a chart that stays readable with thousands of
 * scenarios; a small set is charted scenario by scenario instead.
 */
public record PnlHistogram(List<Bin> bins) {

    /** Scenarios in {@code [from, to)} (the last bin includes its upper edge). */
    public record Bin(double from, double to, int count) {
    }

    public PnlHistogram {
        bins = List.copyOf(bins);
    }

    /** {@code binCount} equal bins from the smallest to the largest P&amp;L; one bin when every P&amp;L is equal. */
    public static PnlHistogram of(double[] pnl, int binCount) {
        if (pnl.length == 0) {
            return new PnlHistogram(List.of());
        }
        double low = Arrays.stream(pnl).min().orElseThrow();
        double high = Arrays.stream(pnl).max().orElseThrow();
        if (high == low) {
            return new PnlHistogram(List.of(new Bin(low, high, pnl.length)));
        }
        double width = (high - low) / binCount;
        int[] counts = new int[binCount];
        for (double value : pnl) {
            counts[Math.min(binCount - 1, (int) ((value - low) / width))]++;
        }
        List<Bin> bins = new ArrayList<>(binCount);
        for (int i = 0; i < binCount; i++) {
            bins.add(new Bin(low + i * width, i == binCount - 1 ? high : low + (i + 1) * width, counts[i]));
        }
        return new PnlHistogram(bins);
    }
}
