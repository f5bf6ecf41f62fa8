package com.suanli.gateway.fix;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The gateway's clock for QuickFIX/J reads what QuickFIX/J's own read. */
class UtcNowTest {

    @Test
    void nowIsLocalDateTimeNowInUtc() {
        for (int i = 0; i < 1_000; i++) {
            LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC);
            LocalDateTime now = UtcNow.SOURCE.getNow();
            LocalDateTime after = LocalDateTime.now(ZoneOffset.UTC);
            assertFalse(now.isBefore(before), now + " before " + before);
            assertFalse(now.isAfter(after), now + " after " + after);
        }
    }

    @Test
    void theMillisecondsAreTheSystemClocks() {
        long before = System.currentTimeMillis();
        long now = UtcNow.SOURCE.getTime();
        long millisOfNow = UtcNow.SOURCE.getNow().toInstant(ZoneOffset.UTC).toEpochMilli();
        long after = System.currentTimeMillis();
        assertTrue(before <= now && now <= after && before <= millisOfNow && millisOfNow <= after + 1);
    }
}
