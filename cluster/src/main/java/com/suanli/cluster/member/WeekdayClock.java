package com.suanli.cluster.member;

import io.aeron.cluster.service.ClusterClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

/**
 * The members' clock for load runs and benchmarks on a Saturday or Sunday in Beijing, when no contract trades and
 * the exchange refuses every order: the wall clock set back to Friday (Aeron's {@code aeron.cluster.clock}, so every
 * log timestamp, and with it every command's time, falls on a trading day; {@link LocalCluster#onWeekdayClock}). On
 * a weekday it is the wall clock. The shift is fixed when the class loads, so it is the same for a whole run.
 */
public final class WeekdayClock implements ClusterClock {

    /** The days a load run's clock is set back by today. */
    public static final int DAYS_BACK = daysBack(LocalDate.now(ZoneId.of("Asia/Shanghai")));

    private static final long SHIFT_MS = TimeUnit.DAYS.toMillis(DAYS_BACK);

    /** Aeron makes it by reflection. */
    public WeekdayClock() {
    }

    /** The day a load run trades on: today in Beijing, or the Friday before a weekend. */
    public static LocalDate tradingDay() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(DAYS_BACK);
    }

    @Override
    public long time() {
        return System.currentTimeMillis() - SHIFT_MS;
    }

    private static int daysBack(LocalDate today) {
        return today.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : today.getDayOfWeek() == DayOfWeek.SUNDAY ? 2 : 0;
    }
}
