package com.suanli.data.clearing;

import java.time.LocalDate;
import java.util.Objects;

/** The price an instrument settled at on a business date, in ticks. */
public record SettlementPrice(int instrumentId, LocalDate businessDate, long priceTicks) {

    public SettlementPrice {
        Objects.requireNonNull(businessDate, "businessDate");
        if (priceTicks <= 0) {
            throw new IllegalArgumentException("priceTicks: must be > 0, was " + priceTicks);
        }
    }
}
