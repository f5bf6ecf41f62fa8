package com.suanli.pricing.option;

import com.suanli.pricing.basics.Underlying;
import java.time.LocalDate;
import java.util.Objects;

/** A futures option trade reduced to what a pricer needs; quantity is signed GPU-hours. */
public record ResolvedFutureOptionTrade(Underlying underlying, LocalDate deliveryStart, LocalDate deliveryEnd,
        PutCall putCall, double strike, LocalDate expiry, double quantity, double premium) {

    public ResolvedFutureOptionTrade {
        Objects.requireNonNull(underlying, "underlying: must not be null");
        Objects.requireNonNull(deliveryStart, "deliveryStart: must not be null");
        Objects.requireNonNull(deliveryEnd, "deliveryEnd: must not be null");
        Objects.requireNonNull(putCall, "putCall: must not be null");
        Objects.requireNonNull(expiry, "expiry: must not be null");
    }
}
