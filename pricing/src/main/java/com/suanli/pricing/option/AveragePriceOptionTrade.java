package com.suanli.pricing.option;

import java.time.LocalDate;
import java.util.Objects;

/** Lots of an average-price option bought (positive) or sold (negative) for a premium per GPU-hour. */
public record AveragePriceOptionTrade(AveragePriceOption option, LocalDate tradeDate, long lots, double premium) {

    public AveragePriceOptionTrade {
        Objects.requireNonNull(option, "option: must not be null");
        Objects.requireNonNull(tradeDate, "tradeDate: must not be null");
        if (lots == 0) {
            throw new IllegalArgumentException("lots: must not be zero");
        }
        if (!(premium >= 0.0) || Double.isInfinite(premium)) {
            throw new IllegalArgumentException("premium: must be non-negative and finite, was " + premium);
        }
    }

    public ResolvedAveragePriceOptionTrade resolve() {
        AveragePriceOption o = option;
        LocalDate end = o.deliveryMonth().atEndOfMonth();
        return new ResolvedAveragePriceOptionTrade(o.underlying(), o.deliveryMonth().atDay(1), end,
                end.plusDays(o.paymentLagDays()), o.putCall(), o.strike(), lots * o.lotSize(), premium);
    }
}
