package com.suanli.pricing.risk;

import java.util.Objects;

/**
 * A Monte Carlo risk factor: a normal daily move of the buckets it drives, as a log-return
 * ({@link ShiftKind#LOG}) or an absolute price move ({@link ShiftKind#ABSOLUTE}), with its
 * daily standard deviation.
 */
public record RiskFactor(String name, CurveSelection drives, ShiftKind kind, double dailyVolatility) {

    public RiskFactor {
        Codes.requireCode(name, "name");
        Objects.requireNonNull(drives, "drives");
        if (kind != ShiftKind.LOG && kind != ShiftKind.ABSOLUTE) {
            throw new IllegalArgumentException("kind: a risk factor moves as LOG or ABSOLUTE");
        }
        if (!(dailyVolatility > 0) || !Double.isFinite(dailyVolatility)) {
            throw new IllegalArgumentException("dailyVolatility: must be > 0, was " + dailyVolatility);
        }
    }
}
