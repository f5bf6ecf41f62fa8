package com.suanli.pricing.curve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Additive price adjustment by day of week, Monday first: training jobs queue on weekdays
 * and rents soften at weekends. Seven finite values.
 */
public record DayOfWeekShape(List<Double> mondayToSunday) implements SeasonalShape {

    public DayOfWeekShape {
        Objects.requireNonNull(mondayToSunday, "mondayToSunday: must not be null");
        if (mondayToSunday.size() != DayOfWeek.values().length) {
            throw new IllegalArgumentException("mondayToSunday: needs 7 values, had " + mondayToSunday.size());
        }
        for (Double v : mondayToSunday) {
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("mondayToSunday: every value must be finite, was " + mondayToSunday);
            }
        }
        mondayToSunday = List.copyOf(mondayToSunday);
    }

    @Override
    public double adjustment(LocalDate date) {
        return mondayToSunday.get(date.getDayOfWeek().getValue() - 1);
    }
}
