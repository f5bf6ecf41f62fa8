package com.suanli.cluster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SnapshotScheduleTest {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    @Test
    void aSnapshotFallsDueAtTheIntervalOrTheCountWhicheverComesFirst() {
        SnapshotSchedule schedule = new SnapshotSchedule(Duration.ofMinutes(10), 1_000);

        assertThat(schedule.due(999, 9 * MINUTE)).isFalse();
        assertThat(schedule.due(1_000, MINUTE)).isTrue();
        assertThat(schedule.due(1, 10 * MINUTE)).isTrue();
    }

    @Test
    void nothingAppliedSinceTheLastSnapshotNeedsNoNewOneHoweverLongAgo() {
        assertThat(SnapshotSchedule.DEFAULT.due(0, 600 * MINUTE)).isFalse();
    }

    @Test
    void aZeroPartTakesNoneByThatMeasureAndNoneTakesNoneAtAll() {
        assertThat(new SnapshotSchedule(Duration.ZERO, 1_000).due(999, 600 * MINUTE)).isFalse();
        assertThat(new SnapshotSchedule(Duration.ofMinutes(1), 0).due(1_000_000, MINUTE - 1)).isFalse();
        assertThat(SnapshotSchedule.NONE.due(Long.MAX_VALUE, Long.MAX_VALUE)).isFalse();
    }

    @Test
    void theDefaultIsTenMinutesOrAMillionCommands() {
        assertThat(SnapshotSchedule.DEFAULT.due(1_000_000, 0)).isTrue();
        assertThat(SnapshotSchedule.DEFAULT.due(999_999, 10 * MINUTE - 1)).isFalse();
        assertThat(SnapshotSchedule.DEFAULT.due(1, 10 * MINUTE)).isTrue();
    }

    @Test
    void aNegativeScheduleIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> new SnapshotSchedule(Duration.ofMinutes(-5), 0))
                .hasMessage("--snapshot-interval: -5 minutes is negative (0 takes none by time)");
        assertThatThrownBy(() -> new SnapshotSchedule(Duration.ZERO, -1))
                .hasMessage("--snapshot-every: -1 commands is negative (0 takes none by count)");
    }
}
