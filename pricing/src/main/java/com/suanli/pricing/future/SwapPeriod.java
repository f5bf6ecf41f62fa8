package com.suanli.pricing.future;

import java.time.LocalDate;
import java.util.Objects;

/** One averaging period of a resolved swap: window, payment date, signed GPU-hours, fixed price. */
public record SwapPeriod(LocalDate start, LocalDate end, LocalDate paymentDate, double hours, double fixedPrice) {

    public SwapPeriod {
        Objects.requireNonNull(start, "start: must not be null");
        Objects.requireNonNull(end, "end: must not be null");
        Objects.requireNonNull(paymentDate, "paymentDate: must not be null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end: " + end + " is before start " + start);
        }
        if (paymentDate.isBefore(end)) {
            throw new IllegalArgumentException("paymentDate: " + paymentDate + " is before the period end " + end);
        }
    }
}
