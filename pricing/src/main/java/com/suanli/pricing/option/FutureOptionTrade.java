package com.suanli.pricing.option;

import java.time.LocalDate;
import java.util.Objects;

/** Lots of a futures option bought (positive) or sold (negative) for a premium per GPU-hour. */
public record FutureOptionTrade(FutureOption option, LocalDate tradeDate, long lots, double premium) {

    public FutureOptionTrade {
        Objects.requireNonNull(option, "option: must not be null");
        Objects.requireNonNull(tradeDate, "tradeDate: must not be null");
        if (lots == 0) {
            throw new IllegalArgumentException("lots: must not be zero");
        }
        if (!(premium >= 0.0) || Double.isInfinite(premium)) {
            throw new IllegalArgumentException("premium: must be non-negative and finite, was " + premium);
        }
    }

    public ResolvedFutureOptionTrade resolve() {
        FutureOption o = option;
        return new ResolvedFutureOptionTrade(o.future().underlying(), o.future().deliveryStart(),
                o.future().deliveryEnd(), o.putCall(), o.strike(), o.expiry(), lots * o.future().lotSize(), premium);
    }
}
