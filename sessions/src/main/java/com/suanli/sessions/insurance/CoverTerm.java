package com.suanli.sessions.insurance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The days a policy is written for, on the exchange's two clocks. Outages are reported in the exchange's
 * time and a cover pays only for hours from its first day (and from when it was written) on, so the first
 * day is the exchange's own day of writing. Index fixings, settlements and a policy's expiry follow the
 * session clock's days, which live on the desk run ahead of the exchange's (a session day every few wall
 * minutes; a restarted desk counts on from the last day it fixed), so the last day is counted on the
 * session clock. Headless both clocks agree and the term is simply {@code days} from the day.
 *
 * @param firstDay the exchange's day of writing
 * @param lastDay the session clock's day {@code days - 1} after its day, at most a year after {@code firstDay}
 */
public record CoverTerm(LocalDate firstDay, LocalDate lastDay) {

    /** The longest term the exchange writes, as days after the first (docs/INSURANCE.md: 366 days in all). */
    static final int MAX_DAYS_AFTER_FIRST = 365;
    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    public CoverTerm {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay: " + lastDay + " is before firstDay " + firstDay);
        }
    }

    /**
     * A cover of {@code days} calendar days of the session clock from {@code sessionDay}, written at the
     * exchange's {@code writtenAt} (epoch ms): from the exchange's Shanghai day then, to the session clock's
     * last day, capped at the exchange's longest term.
     */
    public static CoverTerm of(long writtenAt, LocalDate sessionDay, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days: must be at least 1, was " + days);
        }
        LocalDate first = exchangeDay(writtenAt);
        LocalDate from = sessionDay.isAfter(first) ? sessionDay : first;
        LocalDate last = from.plusDays(days - 1L);
        LocalDate longest = first.plusDays(MAX_DAYS_AFTER_FIRST);
        return new CoverTerm(first, last.isAfter(longest) ? longest : last);
    }

    /** The exchange's Shanghai day of an instant: the day its insurance counts a cover's hours in. */
    public static LocalDate exchangeDay(long time) {
        return Instant.ofEpochMilli(time).atOffset(SHANGHAI).toLocalDate();
    }
}
