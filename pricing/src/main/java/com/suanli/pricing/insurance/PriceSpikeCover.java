package com.suanli.pricing.insurance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A cap on the daily compute index: for every day from {@code firstDay} to {@code lastDay}
 * inclusive it pays max(index - strike, 0) x {@code hoursPerDay}, settled that day. A buyer
 * of capacity at the index caps its cost at the strike for the covered hours.
 */
public record PriceSpikeCover(LocalDate firstDay, LocalDate lastDay, double strike, double hoursPerDay) {

    public PriceSpikeCover {
        Objects.requireNonNull(firstDay, "firstDay: must not be null");
        Objects.requireNonNull(lastDay, "lastDay: must not be null");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay: " + lastDay + " is before firstDay " + firstDay);
        }
        if (!(strike > 0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException("strike: must be positive and finite, was " + strike);
        }
        if (!(hoursPerDay > 0) || Double.isInfinite(hoursPerDay)) {
            throw new IllegalArgumentException("hoursPerDay: must be positive and finite, was " + hoursPerDay);
        }
    }

    public static PriceSpikeCover of(LocalDate firstDay, LocalDate lastDay, double strike, double hoursPerDay) {
        return new PriceSpikeCover(firstDay, lastDay, strike, hoursPerDay);
    }

    /** Number of covered days (caplets). */
    public int days() {
        return (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    public PriceSpikeCover withStrike(double newStrike) {
        return new PriceSpikeCover(firstDay, lastDay, newStrike, hoursPerDay);
    }
}
