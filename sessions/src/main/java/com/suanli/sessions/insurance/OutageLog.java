package com.suanli.sessions.insurance;

import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.insurance.OutageHistory;
import com.suanli.sessions.fundamental.OutageReport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The monitored outages of each product and hub, counted per Shanghai calendar day of their
 * timestamps (the exchange's time) since monitoring began: the session's start, or earlier when
 * the desk's stored history is recalled ({@link #recall}). The history the insurer's frequency fit reads.
 */
final class OutageLog {

    private LocalDate firstDay;
    private final Map<String, TreeMap<LocalDate, Integer>> counts = new HashMap<>();

    OutageLog(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    void record(OutageReport outage) {
        LocalDate day = CoverTerm.exchangeDay(outage.timestamp());
        counts.computeIfAbsent(key(outage.productCode(), outage.hub()), k -> new TreeMap<>()).merge(day, 1, Integer::sum);
    }

    /**
     * Outages monitored before the session, and the day monitoring began: the days from then on count,
     * those without an outage as zeros (a quiet day is evidence too).
     */
    void recall(Iterable<OutageReport> past, LocalDate monitoredSince) {
        if (monitoredSince.isBefore(firstDay)) {
            firstDay = monitoredSince;
        }
        past.forEach(this::record);
    }

    /** The daily counts from the first day up to the day before {@code today}; empty before two days have passed. */
    Optional<OutageHistory> history(String productCode, Hub hub, LocalDate today) {
        int days = (int) (today.toEpochDay() - firstDay.toEpochDay());
        if (days < 2) {
            return Optional.empty();
        }
        int[] daily = new int[days];
        counts.getOrDefault(key(productCode, hub), new TreeMap<>()).subMap(firstDay, today)
                .forEach((day, count) -> daily[(int) (day.toEpochDay() - firstDay.toEpochDay())] = count);
        return Optional.of(new OutageHistory(key(productCode, hub), 1, daily));
    }

    private static String key(String productCode, Hub hub) {
        return productCode + "-" + hub.code();
    }
}
