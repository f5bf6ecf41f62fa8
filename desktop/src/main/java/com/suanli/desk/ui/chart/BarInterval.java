package com.suanli.desk.ui.chart;

import com.suanli.desk.ui.text.Texts;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * The length of a candle a trader can choose. Intraday bars start on whole periods of exchange time (China
 * Standard Time, UTC+8, which has no daylight saving); the daily bar runs from midnight China time, as the
 * exchange's own daily bars do (docs/MARKETDATA.md).
 */
public enum BarInterval {
    ONE_MINUTE("1m", Duration.ofMinutes(1)),
    FIVE_MINUTES("5m", Duration.ofMinutes(5)),
    FIFTEEN_MINUTES("15m", Duration.ofMinutes(15)),
    ONE_HOUR("1h", Duration.ofHours(1)),
    ONE_DAY("1d", Duration.ofDays(1));

    /** Exchange time's offset from UTC: a day or an hour starts on China's clock, not Greenwich's. */
    static final long EXCHANGE_OFFSET_MILLIS = ZoneOffset.ofHours(8).getTotalSeconds() * 1000L;

    private final String label;
    private final long millis;

    BarInterval(String label, Duration length) {
        this.label = label;
        this.millis = length.toMillis();
    }

    /** The interval as its button and the status say it, in the chosen language. */
    public String title() {
        return Texts.get("chart.interval." + label);
    }

    public String label() {
        return label;
    }

    public long millis() {
        return millis;
    }

    /** The start (epoch milliseconds) of the bar holding {@code epochMillis}. */
    public long startOf(long epochMillis) {
        return Math.floorDiv(epochMillis + EXCHANGE_OFFSET_MILLIS, millis) * millis - EXCHANGE_OFFSET_MILLIS;
    }

    @Override
    public String toString() {
        return label;
    }
}
