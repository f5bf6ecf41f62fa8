package com.suanli.pricing.future;

import com.suanli.pricing.basics.Underlying;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A futures contract on compute delivered over one calendar month, cash-settled against the
 * average of the daily index over that month. Prices are per GPU-hour (or core-hour);
 * {@code lotSize} is the GPU-hours one lot delivers.
 */
public record ComputeFuture(Underlying underlying, YearMonth deliveryMonth, double lotSize) {

    public ComputeFuture {
        Objects.requireNonNull(underlying, "underlying: must not be null");
        Objects.requireNonNull(deliveryMonth, "deliveryMonth: must not be null");
        if (!(lotSize > 0.0) || Double.isInfinite(lotSize)) {
            throw new IllegalArgumentException("lotSize: must be positive and finite, was " + lotSize);
        }
    }

    public static ComputeFuture of(Underlying underlying, YearMonth deliveryMonth, double lotSize) {
        return new ComputeFuture(underlying, deliveryMonth, lotSize);
    }

    public LocalDate deliveryStart() {
        return deliveryMonth.atDay(1);
    }

    public LocalDate deliveryEnd() {
        return deliveryMonth.atEndOfMonth();
    }
}
