package com.suanli.pricing.future;

import com.suanli.pricing.basics.Underlying;
import java.util.List;
import java.util.Objects;

/** A swap reduced to its averaging periods. */
public record ResolvedAveragePriceSwap(Underlying underlying, List<SwapPeriod> periods) {

    public ResolvedAveragePriceSwap {
        Objects.requireNonNull(underlying, "underlying: must not be null");
        periods = List.copyOf(Objects.requireNonNull(periods, "periods: must not be null"));
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("periods: need at least one");
        }
    }
}
