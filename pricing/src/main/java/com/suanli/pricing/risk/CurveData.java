package com.suanli.pricing.risk;

import com.suanli.pricing.basics.Underlying;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One curve of the market: the monthly forward prices (a contiguous strip starting at
 * {@code firstMonth}), the daily shape that averages to them, and the option volatilities.
 * Without a daily shape the forward is flat within each month; without volatilities the
 * curve carries no options.
 */
public record CurveData(Underlying key, YearMonth firstMonth, double[] monthlyForwards,
                        DailyForwards daily, VolatilitySource volatility) {

    public CurveData {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(monthlyForwards, "monthlyForwards");
        if (monthlyForwards.length == 0) {
            throw new IllegalArgumentException("monthlyForwards: must hold at least one month");
        }
        monthlyForwards = monthlyForwards.clone();
        for (int i = 0; i < monthlyForwards.length; i++) {
            if (!(monthlyForwards[i] > 0) || !Double.isFinite(monthlyForwards[i])) {
                throw new IllegalArgumentException("monthlyForwards[" + i + "]: must be > 0, was " + monthlyForwards[i]);
            }
        }
        if (daily == null) {
            double[] flat = monthlyForwards;
            YearMonth first = firstMonth;
            daily = day -> flat[monthIndex(first, YearMonth.from(day))];
        }
    }

    @Override
    public double[] monthlyForwards() {
        return monthlyForwards.clone();
    }

    public YearMonth lastMonth() {
        return firstMonth.plusMonths(monthlyForwards.length - 1L);
    }

    public double forward(YearMonth month) {
        int index = monthIndex(firstMonth, month);
        if (index < 0 || index >= monthlyForwards.length) {
            throw new IllegalArgumentException("month: " + month + " is outside curve " + key
                    + " (" + firstMonth + ".." + lastMonth() + ")");
        }
        return monthlyForwards[index];
    }

    public double dailyForward(LocalDate day) {
        forward(YearMonth.from(day));
        return daily.forward(day);
    }

    static int monthIndex(YearMonth first, YearMonth month) {
        return (month.getYear() - first.getYear()) * 12 + month.getMonthValue() - first.getMonthValue();
    }
}
