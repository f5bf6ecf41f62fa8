package com.suanli.desk.practice;

import com.suanli.exchange.listing.BusinessDays;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A day the exchange is shut and the day it opens again: the practice desk trades on a clock moved forward by
 * the days between, so its market holds the session of {@code reopens} at the time of day on the wall.
 *
 * @param closedOn the exchange's day the desk opened on (a weekend or a public holiday)
 * @param reopens the next business day
 */
public record PracticeDay(LocalDate closedOn, LocalDate reopens) {

    public PracticeDay {
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(reopens, "reopens");
        if (!reopens.isAfter(closedOn)) {
            throw new IllegalArgumentException("reopens: must be after " + closedOn + ", was " + reopens);
        }
    }

    /** The practice day of the exchange clock's day, or empty on a business day (the real desk trades). */
    public static Optional<PracticeDay> whenClosed(Clock exchangeClock) {
        LocalDate today = LocalDate.now(exchangeClock);
        if (BusinessDays.isBusinessDay(today)) {
            return Optional.empty();
        }
        LocalDate reopens = today.plusDays(1);
        while (!BusinessDays.isBusinessDay(reopens)) {
            reopens = reopens.plusDays(1);
        }
        return Optional.of(new PracticeDay(today, reopens));
    }

    /** The practice desk's clock: the wall's, moved forward to {@link #reopens()}; its zone is the wall's. */
    public Clock clock(Clock wall) {
        return Clock.offset(wall, Duration.ofDays(ChronoUnit.DAYS.between(closedOn, reopens)));
    }

    /** Whether the wall clock has reached the day the exchange opens: the real desk trades again. */
    public boolean reopened(Clock wall) {
        return !LocalDate.now(wall).isBefore(reopens);
    }
}
