package com.suanli.exchange.listing;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The exchange's business-day calendar: Monday to Friday. Public holidays are not modelled;
 * a holiday calendar would replace this class, not be added beside it.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
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
}
