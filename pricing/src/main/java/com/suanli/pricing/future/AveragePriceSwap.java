package com.suanli.pricing.future;

import com.suanli.pricing.basics.Underlying;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fixed-for-floating swap on monthly averages of the daily compute index: for each month
 * from {@code firstMonth} to {@code lastMonth}, the holder receives (monthly average index -
 * fixed price) x hours per day x days in the month, paid {@code paymentLagDays} after the
 * month ends. Positive {@code hoursPerDay} receives floating (long compute); negative pays
 * it. A forward on one delivery month is a one-month swap: see {@link #forward}.
 */
public record AveragePriceSwap(Underlying underlying, YearMonth firstMonth, YearMonth lastMonth, double hoursPerDay,
        double fixedPrice, int paymentLagDays) {

    public AveragePriceSwap {
        Objects.requireNonNull(underlying, "underlying: must not be null");
        Objects.requireNonNull(firstMonth, "firstMonth: must not be null");
        Objects.requireNonNull(lastMonth, "lastMonth: must not be null");
        if (lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("lastMonth: " + lastMonth + " is before firstMonth " + firstMonth);
        }
        if (hoursPerDay == 0.0 || !Double.isFinite(hoursPerDay)) {
            throw new IllegalArgumentException("hoursPerDay: must be finite and non-zero, was " + hoursPerDay);
        }
        if (!(fixedPrice >= 0.0) || Double.isInfinite(fixedPrice)) {
            throw new IllegalArgumentException("fixedPrice: must be non-negative and finite, was " + fixedPrice);
        }
        if (paymentLagDays < 0) {
            throw new IllegalArgumentException("paymentLagDays: must not be negative, was " + paymentLagDays);
        }
    }

    /** A forward on one delivery month's average, settled {@code paymentLagDays} after the month. */
    public static AveragePriceSwap forward(Underlying underlying, YearMonth month, double hoursPerDay, double fixedPrice,
            int paymentLagDays) {
        return new AveragePriceSwap(underlying, month, month, hoursPerDay, fixedPrice, paymentLagDays);
    }

    public ResolvedAveragePriceSwap resolve() {
        List<SwapPeriod> periods = new ArrayList<>();
        for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            periods.add(new SwapPeriod(m.atDay(1), m.atEndOfMonth(), m.atEndOfMonth().plusDays(paymentLagDays),
                    hoursPerDay * m.lengthOfMonth(), fixedPrice));
        }
        return new ResolvedAveragePriceSwap(underlying, periods);
    }
}
