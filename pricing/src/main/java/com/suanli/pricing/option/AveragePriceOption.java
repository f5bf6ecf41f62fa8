package com.suanli.pricing.option;

import com.suanli.pricing.basics.Underlying;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An option on the average daily index over a delivery month (how compute is consumed):
 * pays max(sign x (monthly average - strike), 0) per GPU-hour, {@code paymentLagDays}
 * after the month ends. {@code lotSize} is the GPU-hours one lot covers.
 */
public record AveragePriceOption(Underlying underlying, YearMonth deliveryMonth, PutCall putCall, double strike,
        double lotSize, int paymentLagDays) {

    public AveragePriceOption {
        Objects.requireNonNull(underlying, "underlying: must not be null");
        Objects.requireNonNull(deliveryMonth, "deliveryMonth: must not be null");
        Objects.requireNonNull(putCall, "putCall: must not be null");
        if (!(strike > 0.0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException("strike: must be positive and finite, was " + strike);
        }
        if (!(lotSize > 0.0) || Double.isInfinite(lotSize)) {
            throw new IllegalArgumentException("lotSize: must be positive and finite, was " + lotSize);
        }
        if (paymentLagDays < 0) {
            throw new IllegalArgumentException("paymentLagDays: must not be negative, was " + paymentLagDays);
        }
    }
}
