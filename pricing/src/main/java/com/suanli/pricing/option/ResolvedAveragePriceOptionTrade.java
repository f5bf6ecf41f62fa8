package com.suanli.pricing.option;

import com.suanli.pricing.basics.Underlying;
import java.time.LocalDate;
import java.util.Objects;

/** An average-price option trade reduced to its averaging window, payment date and signed GPU-hours. */
public record ResolvedAveragePriceOptionTrade(Underlying underlying, LocalDate averagingStart, LocalDate averagingEnd,
        LocalDate paymentDate, PutCall putCall, double strike, double quantity, double premium) {

    public ResolvedAveragePriceOptionTrade {
        Objects.requireNonNull(underlying, "underlying: must not be null");
        Objects.requireNonNull(averagingStart, "averagingStart: must not be null");
        Objects.requireNonNull(averagingEnd, "averagingEnd: must not be null");
        Objects.requireNonNull(paymentDate, "paymentDate: must not be null");
        Objects.requireNonNull(putCall, "putCall: must not be null");
        if (averagingEnd.isBefore(averagingStart)) {
            throw new IllegalArgumentException("averagingEnd: " + averagingEnd + " is before averagingStart " + averagingStart);
        }
        if (paymentDate.isBefore(averagingEnd)) {
            throw new IllegalArgumentException("paymentDate: " + paymentDate + " is before averagingEnd " + averagingEnd);
        }
    }
}
