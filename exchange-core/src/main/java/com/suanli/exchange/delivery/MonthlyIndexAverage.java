package com.suanli.exchange.delivery;

import com.suanli.exchange.index.IndexFixing;
import com.suanli.exchange.index.TickRounding;
import com.suanli.exchange.listing.BusinessDays;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The final settlement price of a cash-settled future: the arithmetic average of the daily spot
 * index over the business days of its delivery month, each business day counted once. A business
 * day without a fixing of its own (the operator published none) counts with the latest fixing
 * before it, as the index carries a thin day forward; one before the index's first fixing counts
 * with the first fixing after it. Fixings on days that are not business days are not averaged.
 * Each day's value is its latest version, restatements included. The average is rounded to the
 * nearest tick, an exact half toward {@code tieToward} (the last daily settlement price).
 *
 * @param price the final settlement price, ticks
 * @param days the business days averaged
 * @param carriedDays how many of them had no fixing of their own
 */
public record MonthlyIndexAverage(long price, int days, int carriedDays) {

    /** The last business day of {@code month}: the index must be fixed through it before the average is final. */
    public static LocalDate lastBusinessDay(YearMonth month) {
        return BusinessDays.onOrBefore(month.atEndOfMonth());
    }

    /**
     * The average over {@code month} of {@code history} (oldest first, at least one fixing on or
     * after the month's last business day).
     */
    public static MonthlyIndexAverage of(List<IndexFixing> history, YearMonth month, long tieToward) {
        if (history.isEmpty() || history.get(history.size() - 1).day().isBefore(lastBusinessDay(month))) {
            throw new IllegalArgumentException("history: the index is not fixed through " + lastBusinessDay(month));
        }
        long sum = 0;
        int days = 0;
        int carried = 0;
        int next = 0;
        IndexFixing latest = null;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            while (next < history.size() && !history.get(next).day().isAfter(day)) {
                latest = history.get(next++);
            }
            if (!BusinessDays.isBusinessDay(day)) {
                continue;
            }
            IndexFixing used = latest != null ? latest : history.get(next);
            if (!used.day().equals(day)) {
                carried++;
            }
            sum = Math.addExact(sum, used.value());
            days++;
        }
        return new MonthlyIndexAverage(TickRounding.nearest(sum, days, tieToward), days, carried);
    }
}
