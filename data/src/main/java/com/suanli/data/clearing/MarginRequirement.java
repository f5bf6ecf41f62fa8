package com.suanli.data.clearing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What an account must hold on a business date: initial margin, and the day's variation margin (+ owed to it), in cents. */
public record MarginRequirement(long account, LocalDate businessDate, BigDecimal initialMargin,
                                BigDecimal variationMargin) {

    public MarginRequirement {
        Objects.requireNonNull(businessDate, "businessDate");
        initialMargin = Money.cents("initialMargin", initialMargin);
        variationMargin = Money.cents("variationMargin", variationMargin);
        if (initialMargin.signum() < 0) {
            throw new IllegalArgumentException("initialMargin: must be >= 0, was " + initialMargin.toPlainString());
        }
    }
}
