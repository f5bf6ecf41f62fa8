package com.suanli.pricing.future;

import com.suanli.pricing.basics.Underlying;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A futures trade reduced to what a pricer needs: the averaging window, the signed quantity
 * in GPU-hours and the traded price.
 */
public record ResolvedFutureTrade(Underlying underlying, LocalDate deliveryStart, LocalDate deliveryEnd,
        double quantity, double tradePrice) {

    public ResolvedFutureTrade {
        Objects.requireNonNull(underlying, "underlying: must not be null");
        Objects.requireNonNull(deliveryStart, "deliveryStart: must not be null");
        Objects.requireNonNull(deliveryEnd, "deliveryEnd: must not be null");
        if (deliveryEnd.isBefore(deliveryStart)) {
            throw new IllegalArgumentException("deliveryEnd: " + deliveryEnd + " is before deliveryStart " + deliveryStart);
        }
        if (!Double.isFinite(quantity) || !Double.isFinite(tradePrice)) {
            throw new IllegalArgumentException("quantity and tradePrice: must be finite, were " + quantity + ", " + tradePrice);
        }
    }
}
