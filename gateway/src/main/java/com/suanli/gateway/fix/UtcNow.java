package com.suanli.gateway.fix;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import quickfix.SystemTimeSource;

/**
 * QuickFIX/J's clock with the same readings as its own, the current time in UTC made without a time zone's rules.
 * A session takes {@link #getNow} for the SendingTime (52) of every message it sends; QuickFIX/J's own source calls
 * {@code LocalDateTime.now(ZoneOffset.UTC)}, which on JDK 17 makes a {@code Clock} and the offset's {@code ZoneRules}
 * with its cache map at every call: some 160 bytes a report where this makes 72 (docs/BENCHMARKS.md, "FIX gateway",
 * fix16o and fix16p). QuickFIX/J's clock is one static for the whole JVM ({@code SystemTime.setTimeSource}); this one
 * reads the same clock ({@code Clock.systemUTC()}, {@code System.currentTimeMillis()}, {@code System.nanoTime()}).
 */
public final class UtcNow implements SystemTimeSource {

    public static final UtcNow SOURCE = new UtcNow();

    private UtcNow() {
    }

    @Override
    public long getTime() {
        return System.currentTimeMillis();
    }

    @Override
    public long getTimeFromNanos() {
        return System.nanoTime();
    }

    /** What {@code LocalDateTime.now(ZoneOffset.UTC)} gives: the system clock's instant at offset zero. */
    @Override
    public LocalDateTime getNow() {
        Instant now = Instant.now();
        return LocalDateTime.ofEpochSecond(now.getEpochSecond(), now.getNano(), ZoneOffset.UTC);
    }
}
