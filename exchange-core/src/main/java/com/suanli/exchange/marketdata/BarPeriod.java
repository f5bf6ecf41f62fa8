package com.suanli.exchange.marketdata;

import java.time.ZoneOffset;

/**
 * The length of a bar and where bars start: a bar covers the epoch-millisecond interval
 * [start, start + length) with start + offset a multiple of length. Daily bars start at local
 * midnight, so they carry the zone's offset; the exchange's day is China Standard Time.
 *
 * @param lengthMillis bar length, &gt; 0
 * @param offsetMillis the zone offset that aligns the bars (east of UTC positive)
 */
public record BarPeriod(long lengthMillis, long offsetMillis) {

    private static final long MILLIS_PER_MINUTE = 60_000L;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    /** One-minute bars; every zone in use has a whole-minute offset, so minutes need none. */
    public static final BarPeriod MINUTE = new BarPeriod(MILLIS_PER_MINUTE, 0);

    /** Daily bars from midnight China Standard Time (UTC+8, no daylight saving). */
    public static final BarPeriod CHINA_DAY = day(ZoneOffset.ofHours(8));

    public BarPeriod {
        if (lengthMillis <= 0) {
            throw new IllegalArgumentException("lengthMillis: must be > 0, was " + lengthMillis);
        }
        if (Math.abs(offsetMillis) >= MILLIS_PER_DAY) {
            throw new IllegalArgumentException("offsetMillis: must be under one day, was " + offsetMillis);
        }
    }

    public static BarPeriod minutes(int minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutes: must be > 0, was " + minutes);
        }
        return new BarPeriod(minutes * MILLIS_PER_MINUTE, 0);
    }

    /** Daily bars from midnight at {@code zone}. */
    public static BarPeriod day(ZoneOffset zone) {
        return new BarPeriod(MILLIS_PER_DAY, zone.getTotalSeconds() * 1000L);
    }

    /** The start of the bar that {@code timeMillis} falls in. */
    public long start(long timeMillis) {
        return Math.floorDiv(timeMillis + offsetMillis, lengthMillis) * lengthMillis - offsetMillis;
    }
}
