package com.suanli.pricing.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Daily fixings of a price index (oldest first) and the curve buckets its moves drive: the
 * input of historical scenarios and of Monte Carlo factor estimates.
 */
public record IndexHistory(String name, CurveSelection drives, List<LocalDate> dates, double[] levels) {

    public IndexHistory {
        Codes.requireCode(name, "name");
        Objects.requireNonNull(drives, "drives");
        dates = List.copyOf(Objects.requireNonNull(dates, "dates"));
        Objects.requireNonNull(levels, "levels");
        if (dates.size() != levels.length) {
            throw new IllegalArgumentException("levels: " + levels.length + " levels for " + dates.size() + " dates");
        }
        if (levels.length < 2) {
            throw new IllegalArgumentException("levels: need at least two fixings");
        }
        levels = levels.clone();
        for (int i = 0; i < levels.length; i++) {
            if (!(levels[i] > 0) || !Double.isFinite(levels[i])) {
                throw new IllegalArgumentException("levels[" + i + "]: must be > 0, was " + levels[i]);
            }
            if (i > 0 && !dates.get(i).isAfter(dates.get(i - 1))) {
                throw new IllegalArgumentException("dates[" + i + "]: must be after " + dates.get(i - 1));
            }
        }
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    /** The log-return over {@code days} fixings ending at fixing {@code end}. */
    public double logReturn(int end, int days) {
        return Math.log(levels[end] / levels[end - days]);
    }

    /** The daily log-returns, oldest first. */
    public double[] dailyLogReturns() {
        double[] returns = new double[levels.length - 1];
        for (int i = 1; i < levels.length; i++) {
            returns[i - 1] = logReturn(i, 1);
        }
        return returns;
    }
}
