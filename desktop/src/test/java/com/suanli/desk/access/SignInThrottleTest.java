package com.suanli.desk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    @Test
    void each_failure_in_a_row_doubles_the_wait_up_to_thirty_seconds_and_a_success_clears_it() {
        SignInThrottle throttle = new SignInThrottle(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        assertThat(throttle.remaining()).isZero();

        List<Long> waits = new ArrayList<>();
        for (int failure = 0; failure < 8; failure++) {
            waits.add(throttle.failed().toSeconds());
        }

        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(throttle.remaining()).isEqualTo(SignInThrottle.LONGEST);
        throttle.succeeded();
        assertThat(throttle.remaining()).isZero();
        assertThat(throttle.failed()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void the_wait_runs_down_with_the_clock() {
        MovingClock clock = new MovingClock();
        SignInThrottle throttle = new SignInThrottle(clock);
        throttle.failed();
        throttle.failed();

        clock.pass(500);
        assertThat(throttle.remaining()).isEqualTo(Duration.ofMillis(1_500));
        clock.pass(1_500);
        assertThat(throttle.remaining()).isZero();
    }
}
