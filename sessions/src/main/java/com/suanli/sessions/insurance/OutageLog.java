package com.suanli.sessions.insurance;

import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.insurance.OutageHistory;
import com.suanli.sessions.fundamental.OutageReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The monitored outages of each product and hub, counted per Shanghai calendar day since the
 * session began: the history the insurer's frequency fit reads.
 */
final class OutageLog {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    private final LocalDate firstDay;
    private final Map<String, int[]> counts = new HashMap<>();

    OutageLog(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    void record(OutageReport outage) {
        LocalDate day = Instant.ofEpochMilli(outage.timestamp()).atOffset(SHANGHAI).toLocalDate();
        int index = (int) (day.toEpochDay() - firstDay.toEpochDay());
        int[] days = counts.computeIfAbsent(key(outage.productCode(), outage.hub()), k -> new int[64]);
        if (index >= days.length) {
            days = Arrays.copyOf(days, Math.max(index + 1, days.length * 2));
            counts.put(key(outage.productCode(), outage.hub()), days);
        }
        days[index]++;
    }

    /** The daily counts from the first day up to the day before {@code today}; empty before two days have passed. */
    Optional<OutageHistory> history(String productCode, Hub hub, LocalDate today) {
        int days = (int) (today.toEpochDay() - firstDay.toEpochDay());
        if (days < 2) {
            return Optional.empty();
        }
        int[] logged = counts.getOrDefault(key(productCode, hub), new int[0]);
        return Optional.of(new OutageHistory(key(productCode, hub), 1,
                Arrays.copyOf(logged, days)));
    }

    private static String key(String productCode, Hub hub) {
        return productCode + "-" + hub.code();
    }
}
