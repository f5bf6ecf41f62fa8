package com.suanli.exchange.listing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The exchange's business-day calendar: Monday to Friday, except mainland China's public
 * holidays ({@link PublicHolidays#china()}). The exchange never trades on a Saturday or Sunday,
 * not even on a make-up working day (调休上班): offices work on those days, the exchanges of
 * mainland China (SHFE, DCE, CZCE, the stock exchanges) stay closed, and so does this one. For a
 * year with no State Council notice in the data the calendar is Monday to Friday, with a warning.
 */
public final class BusinessDays {

    /** The exchange's zone (China Standard Time, no daylight saving): a day is a date shown there. */
    public static final ZoneId EXCHANGE_ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate day) {
        return !PublicHolidays.isWeekend(day) && PublicHolidays.china().holiday(day).isEmpty();
    }

    /**
     * Why the exchange is closed on {@code day}, in words that follow "is" in a message (for example
     * "a Saturday", "a public holiday (National Day 国庆节)"); empty on a business day.
     */
    public static Optional<String> closure(LocalDate day) {
        if (PublicHolidays.isWeekend(day)) {
            String weekday = day.getDayOfWeek() == DayOfWeek.SATURDAY ? "a Saturday" : "a Sunday";
            return Optional.of(PublicHolidays.china().makeUpWorkday(day)
                    .map(festival -> weekday + " (a make-up working day for " + festival
                            + "; the exchange does not trade on weekends)")
                    .orElse(weekday));
        }
        return PublicHolidays.china().holiday(day).map(festival -> "a public holiday (" + festival + ")");
    }

    /** The latest business day strictly before {@code day}. */
    public static LocalDate previous(LocalDate day) {
        LocalDate candidate = day.minusDays(1);
        while (!isBusinessDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** The latest business day on or before {@code day}. */
    public static LocalDate onOrBefore(LocalDate day) {
        return isBusinessDay(day) ? day : previous(day);
    }

    /**
     * {@code epochMillis} when it falls on a business day in exchange time, otherwise the first
     * millisecond of the next business day: the earliest moment at or after it the exchange trades.
     */
    public static long tradingMomentFrom(long epochMillis) {
        LocalDate day = Instant.ofEpochMilli(epochMillis).atZone(EXCHANGE_ZONE).toLocalDate();
        if (isBusinessDay(day)) {
            return epochMillis;
        }
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next.atStartOfDay(EXCHANGE_ZONE).toInstant().toEpochMilli();
    }
}
