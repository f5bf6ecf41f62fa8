package com.suanli.pricing.option;

import com.suanli.pricing.future.ComputeFuture;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A European option on a compute future: the right to enter the future at the strike on
 * the expiry date (expiry on or before the start of delivery).
 */
public record FutureOption(ComputeFuture future, PutCall putCall, double strike, LocalDate expiry) {

    public FutureOption {
        Objects.requireNonNull(future, "future: must not be null");
        Objects.requireNonNull(putCall, "putCall: must not be null");
        Objects.requireNonNull(expiry, "expiry: must not be null");
        if (!(strike > 0.0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException("strike: must be positive and finite, was " + strike);
        }
        if (expiry.isAfter(future.deliveryStart())) {
            throw new IllegalArgumentException("expiry: " + expiry + " is after the delivery start "
                    + future.deliveryStart() + " of the underlying future");
        }
    }
}
