package com.suanli.gateway.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Timestamps written digit by digit must be the text a {@link DateTimeFormatter} writes for the same instant. */
class FixValuesTest {

    private static final DateTimeFormatter FIX = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    @Test
    void aTimestampIsTheFormattersTextAcrossMidnightAndAlternatingDays() {
        long midnight = Instant.parse("2026-12-04T00:00:00Z").toEpochMilli();
        long[] edges = {midnight - 1, midnight, midnight + 1, midnight + 86_399_999L, 0, -1, 951_782_400_000L};
        for (long millis : edges) {
            assertThat(FixValues.timestamp(millis)).as("%d", millis).isEqualTo(FIX.format(Instant.ofEpochMilli(millis)));
        }
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 10_000; i++) {
            long millis = midnight + random.nextLong(-3 * 86_400_000L, 3 * 86_400_000L);
            assertThat(FixValues.timestamp(millis)).as("%d", millis).isEqualTo(FIX.format(Instant.ofEpochMilli(millis)));
        }
    }

    @Test
    void theSameMillisecondAskedAgainIsTheSameText() {
        long millis = Instant.parse("2026-12-04T06:30:01.234Z").toEpochMilli();

        assertThat(FixValues.timestamp(millis)).isSameAs(FixValues.timestamp(millis)).isEqualTo("20261204-06:30:01.234");
    }
}
