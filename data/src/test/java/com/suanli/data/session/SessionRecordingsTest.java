package com.suanli.data.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionRecordingsTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 12, 3, 16, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void a_recording_keeps_its_config_commands_snapshots_and_totals_and_lists_newest_first() {
        try (DeskStore store = TestStores.fresh(dir)) {
            long first = store.transaction(c -> new SessionRecordings(c).begin("calm-month", 7, "{\"a\": 1}", START));
            long second = store.transaction(c -> {
                SessionRecordings recordings = new SessionRecordings(c);
                long id = recordings.begin("outage-wave", 3, "{\"b\": 2}", START.plusMinutes(5));
                recordings.addCommands(id, new CommandChunk(0, 1, new byte[] {1, 2, 3}));
                recordings.addCommands(id, new CommandChunk(2, 2, new byte[] {4}));
                recordings.addSnapshot(id, new SnapshotMark(2, 1_000), new byte[] {9, 9});
                recordings.complete(id, START.plusMinutes(6), new SessionTotals(500, 1_000, 3, 10, 1,
                        "0123456789abcdef", "session outage-wave, seed 3", "{\"format\": \"x\"}"));
                return id;
            });
            store.transaction(c -> {
                SessionRecordings recordings = new SessionRecordings(c);
                assertThat(recordings.list()).extracting(RecordedSession::id).containsExactly(second, first);
                RecordedSession done = recordings.find(second).orElseThrow();
                assertThat(done.status()).isEqualTo(RecordingStatus.COMPLETE);
                assertThat(done.seed()).isEqualTo(3);
                assertThat(done.firstTime()).isEqualTo(500);
                assertThat(done.lastTime()).isEqualTo(1_000);
                assertThat(done.commands()).isEqualTo(3);
                assertThat(done.eventStreamHash()).contains("0123456789abcdef");
                assertThat(done.endedAt().orElseThrow().toInstant()).isEqualTo(START.plusMinutes(6).toInstant());
                assertThat(recordings.config(second)).isEqualTo("{\"b\": 2}");
                assertThat(recordings.summary(second)).contains("session outage-wave, seed 3");
                assertThat(recordings.report(second)).contains("{\"format\": \"x\"}");
                List<CommandChunk> chunks = recordings.commands(second);
                assertThat(chunks).extracting(CommandChunk::firstIndex).containsExactly(0L, 2L);
                assertThat(chunks.get(0).commands()).containsExactly(1, 2, 3);
                assertThat(recordings.snapshots(second)).containsExactly(new SnapshotMark(2, 1_000));
                assertThat(recordings.snapshot(second, 2)).containsExactly(9, 9);
                RecordedSession underWay = recordings.find(first).orElseThrow();
                assertThat(underWay.status()).isEqualTo(RecordingStatus.RECORDING);
                assertThat(underWay.endedAt()).isEmpty();
                assertThat(recordings.report(first)).isEmpty();
                return null;
            });
        }
    }

    @Test
    void a_recording_ends_once_and_an_unknown_one_is_named() {
        try (DeskStore store = TestStores.fresh(dir)) {
            long id = store.transaction(c -> new SessionRecordings(c).begin("calm-month", 1, "{}", START));
            store.transaction(c -> {
                new SessionRecordings(c).fail(id, START.plusMinutes(1));
                return null;
            });
            assertThatThrownBy(() -> store.transaction(c -> {
                new SessionRecordings(c).complete(id, START, new SessionTotals(0, 0, 0, 0, 0, "0000000000000000", "", "{}"));
                return null;
            })).hasMessageContaining("session " + id + ": the recording is FAILED, not under way");
            assertThatThrownBy(() -> store.transaction(c -> new SessionRecordings(c).config(99)))
                    .hasMessageContaining("session: no recorded session 99");
            assertThat(store.transaction(c -> new SessionRecordings(c).find(id)).orElseThrow().status())
                    .isEqualTo(RecordingStatus.FAILED);
        }
    }
}
