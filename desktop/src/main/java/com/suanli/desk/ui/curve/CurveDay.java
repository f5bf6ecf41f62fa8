package com.suanli.desk.ui.curve;

import java.time.LocalDate;
import java.util.Objects;

/** The pricing curve's price for delivery on one day, CNY per unit: the smooth line under the strip. */
public record CurveDay(LocalDate day, double price) {

    public CurveDay {
        Objects.requireNonNull(day, "day");
    }
}
