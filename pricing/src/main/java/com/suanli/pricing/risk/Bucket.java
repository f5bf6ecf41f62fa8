package com.suanli.pricing.risk;

import com.suanli.pricing.basics.Underlying;
import java.time.YearMonth;
import java.util.Objects;

/** One delivery month of one curve: the unit a bucketed delta is reported in. */
public record Bucket(Underlying curve, YearMonth month) {

    public Bucket {
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(month, "month");
    }
}
