package com.suanli.pricing.basics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The desk's one day count: actual/365 fixed. Compute is delivered every calendar day
 * (no exchange holidays for a data centre), so time to expiry, discounting, volatility and
 * model time all run on calendar days over 365.
 */
public final class YearFraction {

    public static final double DAYS_PER_YEAR = 365.0;

    private YearFraction() {
    }

    /** Year fraction from {@code start} to {@code end}, negative when end is before start. */
    public static double between(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) / DAYS_PER_YEAR;
    }

    /** Year fraction of a whole number of calendar days. */
    public static double ofDays(long days) {
        return days / DAYS_PER_YEAR;
    }
}
