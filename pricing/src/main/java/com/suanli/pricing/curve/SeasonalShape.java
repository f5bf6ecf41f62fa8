package com.suanli.pricing.curve;

import java.time.LocalDate;

/**
 * A known within-month price pattern added to the smooth curve, in price units per day
 * (Benth, Koekebakker and Ollmar's "prior" seasonal function). The spline fits what is
 * left after the shape, so the monthly averages stay exact whatever the shape.
 */
public sealed interface SeasonalShape permits FlatShape, DayOfWeekShape {

    /** Additive adjustment to the smooth curve on {@code date}. */
    double adjustment(LocalDate date);

    /** No seasonal pattern: the curve is the smooth spline itself. */
    static SeasonalShape flat() {
        return FlatShape.INSTANCE;
    }
}
