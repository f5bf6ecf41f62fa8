package com.suanli.pricing.curve;

import java.time.LocalDate;

/** No seasonal pattern. */
public record FlatShape() implements SeasonalShape {

    static final FlatShape INSTANCE = new FlatShape();

    @Override
    public double adjustment(LocalDate date) {
        return 0.0;
    }
}
