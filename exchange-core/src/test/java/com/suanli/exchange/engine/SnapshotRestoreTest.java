package com.suanli.exchange.engine;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.journal.Snapshot;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A snapshot taken at any point restores an engine that is indistinguishable from the one it
 * was taken from: the same state hash, and event for event the same answers to every later command.
 */
class SnapshotRestoreTest {
    private static final int INSTRUMENTS = 4;
    private static final int SEEDS = 12;
    private static final int MAX_BEFORE_CUT = 20_000;
    private static final int AFTER_CUT = 5_000;
    private static final int DAMAGED_SECTIONS = 2_000;

    /** Events of the current command, per engine. */
    private static final class Recorder implements EventSink {
        List<ExchangeEvent> events = new ArrayList<>();

        @Override
        public void onEvent(ExchangeEvent event) {
            events.add(event);
        }

        List<ExchangeEvent> take() {
            List<ExchangeEvent> taken = events;
            events = new ArrayList<>();
            return taken;
        }
    }

    private static Engine newEngine(EventSink sink) {
        return new Engine(EngineFixtures.catalogue(INSTRUMENTS), EngineConfig.defaults(), sink);
    }

    private static byte[] snapshot(Engine engine) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Snapshot.write(out, List.of(Snapshot.engineSection(engine)));
        return out.toByteArray();
    }

    private static Engine restore(byte[] snapshot, EventSink sink) throws IOException {
        return Snapshot.restoreEngine(Snapshot.read(new ByteArrayInputStream(snapshot)),
                EngineFixtures.catalogue(INSTRUMENTS), EngineConfig.defaults(), sink, PreTradeCheck.ALLOW_ALL,
                OrderBookFactory.FAST);
    }

    /** An engine that ran a seeded stream for {@code commands} commands, with the stream ready to go on. */
    private record Run(Engine engine, RandomCommandStream stream, Recorder recorder) {
        static Run of(long seed, int commands) {
            RandomCommandStream stream = new RandomCommandStream(seed, INSTRUMENTS);
            Recorder recorder = new Recorder();
            Engine engine = newEngine(EventSink.both(recorder, stream));
            stream.attach(engine);
            for (int id = 1; id <= INSTRUMENTS; id++) {
                engine.submit(new SessionCommand(EngineHarness.START, id, SessionAction.OPEN_CONTINUOUS));
            }
            for (int i = 0; i < commands; i++) {
                engine.submit(stream.next());
            }
            recorder.take();
            return new Run(engine, stream, recorder);
        }
    }

    @Test
    void an_engine_restored_at_a_random_cut_answers_every_later_command_as_the_original() throws IOException {
        SplittableRandom cuts = new SplittableRandom(2026);
        long workingAtCuts = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Run original = Run.of(seed, cuts.nextInt(MAX_BEFORE_CUT));
            byte[] snapshot = snapshot(original.engine());
            Recorder restoredEvents = new Recorder();
            Engine restored = restore(snapshot, restoredEvents);
            assertThat(restored.stateHash()).isEqualTo(original.engine().stateHash());
            assertThat(restored.lastSequence()).isEqualTo(original.engine().lastSequence());
            workingAtCuts += restored.workingOrderCount();

            for (int i = 0; i < AFTER_CUT; i++) {
                Command command = original.stream().next();
                original.engine().submit(command);
                restored.submit(command);
                assertThat(restoredEvents.take()).as("seed %d, command %d after the cut: %s", seed, i, command)
                        .isEqualTo(original.recorder().take());
                assertThat(restored.stateHash()).as("seed %d, command %d after the cut", seed, i)
                        .isEqualTo(original.engine().stateHash());
            }
            restored.verifyIntegrity();
            for (int id = 1; id <= INSTRUMENTS; id++) {
                assertThat(restored.minuteBars(id)).isEqualTo(original.engine().minuteBars(id));
                assertThat(restored.dailyBars(id)).isEqualTo(original.engine().dailyBars(id));
                assertThat(restored.recentTrades(id, Integer.MAX_VALUE))
                        .isEqualTo(original.engine().recentTrades(id, Integer.MAX_VALUE));
                assertThat(restored.depth(id, 50)).isEqualTo(original.engine().depth(id, 50));
            }
        }
        assertThat(workingAtCuts).isGreaterThan(SEEDS * 10L);
    }

    @Test
    void a_restored_engine_writes_the_very_same_snapshot() throws IOException {
        byte[] first = snapshot(Run.of(5, 8_000).engine());
        assertThat(snapshot(restore(first, EventSink.NONE))).isEqualTo(first);
    }

    @Test
    void a_fresh_engine_round_trips_too() throws IOException {
        Engine fresh = newEngine(EventSink.NONE);
        assertThat(restore(snapshot(fresh), EventSink.NONE).stateHash()).isEqualTo(fresh.stateHash());
    }

    @Test
    void a_corrupted_cut_or_foreign_snapshot_is_refused_with_the_reason() throws IOException {
        byte[] good = snapshot(Run.of(3, 3_000).engine());
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x5A;
        assertThatThrownBy(() -> restore(flipped, EventSink.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("snapshot section engine: checksum does not match");
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 7);
        assertThatThrownBy(() -> restore(cut, EventSink.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("snapshot section engine: ")
                .hasMessageContaining("bytes where");
        byte[] foreign = good.clone();
        foreign[0] = 'X';
        assertThatThrownBy(() -> restore(foreign, EventSink.NONE))
                .hasMessageStartingWith("snapshot: starts with 0x58");
        assertThatThrownBy(() -> Snapshot.restoreEngine(Snapshot.read(new ByteArrayInputStream(good)),
                EngineFixtures.catalogue(2), EngineConfig.defaults(), EventSink.NONE, PreTradeCheck.ALLOW_ALL,
                OrderBookFactory.FAST))
                .hasMessage("instruments: the snapshot lists 4 instruments but the catalogue lists 2");
        assertThatThrownBy(() -> Snapshot.restoreEngine(Map.of("clearing", new byte[0]),
                EngineFixtures.catalogue(INSTRUMENTS), EngineConfig.defaults(), EventSink.NONE,
                PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST))
                .hasMessage("snapshot: has no engine section, only [clearing]");
    }

    /**
     * Engine sections with bytes changed and the checksum made to fit (what a bug, not the disk,
     * would write): each restores or is refused with an {@link IllegalArgumentException}.
     */
    @Test
    void a_damaged_engine_section_with_a_fitting_checksum_is_refused_or_restored_but_nothing_else_escapes()
            throws IOException {
        byte[] section = Snapshot.engineSection(Run.of(6, 4_000).engine()).bytes();
        SplittableRandom random = new SplittableRandom(8);
        int refused = 0;
        for (int run = 0; run < DAMAGED_SECTIONS; run++) {
            byte[] damaged = section.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Snapshot.write(out, List.of(new Snapshot.Section(Snapshot.ENGINE, damaged)));
            try {
                restore(out.toByteArray(), EventSink.NONE).verifyIntegrity();
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).isNotBlank();
                refused++;
            }
        }
        assertThat(refused).isPositive();
    }

    @Test
    void sections_beside_the_engine_are_kept_in_order_for_their_owners() throws IOException {
        Engine engine = Run.of(4, 1_000).engine();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Snapshot.write(out, List.of(Snapshot.engineSection(engine), new Snapshot.Section("clearing", new byte[] {1, 2})));
        Map<String, byte[]> sections = Snapshot.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(sections.keySet()).containsExactly("engine", "clearing");
        assertThat(sections.get("clearing")).containsExactly(1, 2);
        Snapshot.Section clearing = new Snapshot.Section("clearing", new byte[0]);
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        assertThatThrownBy(() -> Snapshot.write(twice, List.of(clearing, clearing)))
                .hasMessage("sections: clearing appears twice");
        assertThat(twice.size()).isZero();
    }
}
