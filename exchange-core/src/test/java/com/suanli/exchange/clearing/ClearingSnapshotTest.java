package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.SetFees;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.journal.Snapshot;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import static com.suanli.exchange.clearing.ClearingFixtures.INSTRUMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A snapshot of an engine that clears, taken between any two commands of a seeded run of trading
 * and clearing commands, restores an engine and house indistinguishable from the original: the
 * same state hash, then command by command the same events and hashes; written again, the same
 * bytes. Bad bytes are refused with the reason and nothing else escapes.
 */
class ClearingSnapshotTest {
    private static final int SEEDS = 8;
    private static final int MAX_BEFORE_CUT = 6_000;
    private static final int AFTER_CUT = 3_000;
    private static final int DAMAGED_SECTIONS = 2_000;

    /** Events of the current command. */
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

    private static byte[] snapshot(Engine engine) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Snapshot.write(out, Snapshot.sections(engine));
        return out.toByteArray();
    }

    private static Engine restore(byte[] snapshot, EventSink sink) throws IOException {
        return restore(Snapshot.read(new ByteArrayInputStream(snapshot)), sink, SequencedClearingRun::setUp);
    }

    private static Engine restore(Map<String, byte[]> sections, EventSink sink,
                                  Function<ClearingEvents, ClearingHouse> setUp) throws IOException {
        return Snapshot.restoreEngine(sections, SequencedClearingRun.catalogue(), EngineConfig.defaults(), sink,
                PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST, setUp);
    }

    private static SequencedClearingRun run(long seed, int commands, EventSink also) {
        SequencedClearingRun run = new SequencedClearingRun(seed, also);
        run.run(commands);
        return run;
    }

    @Test
    void an_exchange_restored_at_a_random_cut_answers_every_later_command_as_the_original() throws IOException {
        SplittableRandom cuts = new SplittableRandom(2027);
        long positionsAtCuts = 0;
        long settlementsAfter = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Recorder originalEvents = new Recorder();
            SequencedClearingRun original = run(seed, cuts.nextInt(MAX_BEFORE_CUT), originalEvents);
            originalEvents.take();
            Recorder restoredEvents = new Recorder();
            Engine restored = restore(snapshot(original.engine), restoredEvents);
            assertThat(restoredEvents.events).as("restoring publishes nothing").isEmpty();
            assertThat(restored.stateHash()).as("seed %d", seed).isEqualTo(original.engine.stateHash());
            assertThat(restored.lastSequence()).isEqualTo(original.engine.lastSequence());
            for (int m = 0; m < SequencedClearingRun.MEMBERS; m++) {
                long account = SequencedClearingRun.member(m);
                assertThat(restored.cash(account)).isEqualTo(original.engine.cash(account));
                assertThat(restored.initialMargin(account)).isEqualTo(original.engine.initialMargin(account));
                for (int instrument : INSTRUMENTS) {
                    assertThat(restored.position(account, instrument)).isEqualTo(original.engine.position(account, instrument));
                    positionsAtCuts += Math.abs(restored.position(account, instrument).netLots());
                }
            }
            for (int i = 0; i < AFTER_CUT; i++) {
                Command command = original.next();
                original.submit(command);
                original.check();
                restored.submit(command);
                List<ExchangeEvent> expected = originalEvents.take();
                settlementsAfter += expected.stream()
                        .filter(e -> e instanceof com.suanli.exchange.engine.event.SettlementPricePublished).count();
                assertThat(restoredEvents.take()).as("seed %d, command %d after the cut: %s", seed, i, command)
                        .isEqualTo(expected);
                assertThat(restored.stateHash()).as("seed %d, command %d after the cut", seed, i)
                        .isEqualTo(original.engine.stateHash());
            }
            assertThat(restored.clearingFaults()).isZero();
        }
        assertThat(positionsAtCuts).as("the cuts fall among open positions").isGreaterThan(SEEDS * 10L);
        assertThat(settlementsAfter).as("settlements after the cuts use the restored windows and positions").isPositive();
    }

    /**
     * The volatile run of {@link DefaultConservationTest} (price moves that break thin members,
     * default-fund contributions, ten-minute margin calls) cut at random points: restored over the
     * same setup and default rules, the exchange has the original's hash, open calls, defaults and
     * contributions; then the same volatile commands, sent to both, give the same events and hash,
     * and the snapshot is written again byte for byte.
     */
    @Test
    void an_exchange_restored_among_margin_calls_and_defaults_answers_as_the_original() throws IOException {
        SplittableRandom cuts = new SplittableRandom(2031);
        Function<ClearingEvents, ClearingHouse> setUp =
                events -> SequencedClearingRun.setUp(events, DefaultConservationTest.CALLS_IN_TEN_MINUTES);
        long openAtCuts = 0;
        long defaultsAfter = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Recorder originalEvents = new Recorder();
            SequencedClearingRun original = new SequencedClearingRun(seed, DefaultConservationTest.CALLS_IN_TEN_MINUTES,
                    originalEvents);
            DefaultConservationTest.volatileCommands(original, seed, 1_000 + cuts.nextInt(4_000));
            byte[] snapshot = snapshot(original.engine);
            Recorder restoredEvents = new Recorder();
            Engine restored = restore(Snapshot.read(new ByteArrayInputStream(snapshot)), restoredEvents, setUp);
            assertThat(restoredEvents.events).as("restoring publishes nothing").isEmpty();
            assertThat(restored.stateHash()).as("seed %d", seed).isEqualTo(original.engine.stateHash());
            assertThat(snapshot(restored)).as("written again").isEqualTo(snapshot);
            for (int m = 0; m < SequencedClearingRun.MEMBERS; m++) {
                long account = SequencedClearingRun.member(m);
                assertThat(restored.cash(account)).isEqualTo(original.engine.cash(account));
            }
            // The state hash covers the calls, defaults and contributions; these say the cut fell among them.
            openAtCuts += original.defaults - original.defaultsResolved + (original.fundCommitted > 0 ? 1 : 0);
            originalEvents.take();
            int journalled = original.journal.size();
            long defaultsBefore = original.defaults;
            DefaultConservationTest.volatileCommands(original, ~seed, 2_000);
            defaultsAfter += original.defaults - defaultsBefore;
            for (Command command : original.journal.subList(journalled, original.journal.size())) {
                restored.submit(command);
            }
            assertThat(restoredEvents.take()).as("seed %d: the events after the cut", seed)
                    .isEqualTo(originalEvents.take());
            assertThat(restored.stateHash()).isEqualTo(original.engine.stateHash());
        }
        assertThat(openAtCuts).as("contributions or defaults open at the cuts").isPositive();
        assertThat(defaultsAfter).as("defaults declared after the cuts").isPositive();
    }

    @Test
    void a_restored_exchange_writes_the_very_same_snapshot() throws IOException {
        byte[] first = snapshot(run(5, 4_000, EventSink.NONE).engine);
        assertThat(Snapshot.read(new ByteArrayInputStream(first)).keySet()).containsExactly("engine", "clearing");
        assertThat(snapshot(restore(first, EventSink.NONE))).isEqualTo(first);
    }

    @Test
    void a_snapshot_streamed_from_the_live_exchange_is_byte_for_byte_the_one_written_from_its_sections()
            throws IOException {
        SequencedClearingRun original = run(7, 4_000, EventSink.NONE);
        byte[] written = snapshot(original.engine);
        for (int piece : new int[] {16, 1_000 + new SplittableRandom(7).nextInt(4_000), 1 << 16}) {
            Snapshot.Measured measured = Snapshot.measure(Snapshot.liveSections(original.engine));
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            measured.writeTo(piece, streamed::write);
            assertThat(measured.size()).isEqualTo(written.length);
            assertThat(Arrays.mismatch(streamed.toByteArray(), written)).as("pieces of %d bytes", piece).isEqualTo(-1);
        }
    }

    @Test
    void a_state_changed_between_measuring_and_writing_is_refused() throws IOException {
        SequencedClearingRun original = run(8, 2_000, EventSink.NONE);
        Snapshot.Measured measured = Snapshot.measure(Snapshot.liveSections(original.engine));
        original.submit(new SetFees(original.time(), "NOPE", 0, 10));
        assertThatThrownBy(() -> measured.writeTo(1 << 16, (bytes, offset, length) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the state changed while it was written");
    }

    @Test
    void a_fresh_exchange_round_trips_too() throws IOException {
        Engine fresh = SequencedClearingRun.clearedEngine(EventSink.NONE);
        Engine restored = restore(snapshot(fresh), EventSink.NONE);
        assertThat(restored.stateHash()).isEqualTo(fresh.stateHash());
        assertThat(restored.lastSequence()).as("the setup's events are numbered in the original").isPositive()
                .isEqualTo(fresh.lastSequence());
    }

    @Test
    void a_snapshot_and_a_setup_that_do_not_belong_together_are_refused_with_the_reason() throws IOException {
        SequencedClearingRun original = run(3, 2_000, EventSink.NONE);
        // A second product's fees in the snapshot, whatever the random run set, for the setup's B200 to differ from.
        original.submit(new SetFees(original.time(), "NOPE", 0, 10));
        Map<String, byte[]> sections = Snapshot.read(new ByteArrayInputStream(snapshot(original.engine)));

        assertThatThrownBy(() -> Snapshot.restoreEngine(sections, SequencedClearingRun.catalogue(),
                EngineConfig.defaults(), EventSink.NONE, PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST))
                .hasMessage("snapshot: has a clearing section: restore it with the clearing setup it was taken with");
        Map<String, byte[]> engineOnly = Map.of(Snapshot.ENGINE, sections.get(Snapshot.ENGINE));
        assertThatThrownBy(() -> restore(engineOnly, EventSink.NONE, SequencedClearingRun::setUp))
                .hasMessage("snapshot: has no clearing section, only [engine], and the engine is restored with a"
                        + " clearing house");
        assertThatThrownBy(() -> restore(sections, EventSink.NONE, events -> {
            ClearingHouse house = SequencedClearingRun.setUp(events);
            house.setFees(ClearingFixtures.T0, "B200", new FeeRate(0, 10));
            return house;
        })).hasMessageStartingWith("clearing fees: ").hasMessageContaining("B200");
        assertThatThrownBy(() -> restore(sections, EventSink.NONE, ClearingSnapshotTest::withoutGreenSpot))
                .hasMessage("clearing contracts: the snapshot clears 7 contracts but the setup lists 6");

        // The engine as it was, clearing a thousand commands later: their working lots differ.
        original.run(1_000);
        Map<String, byte[]> mixed = new LinkedHashMap<>(sections);
        mixed.put(Snapshot.CLEARING, Snapshot.clearingSection(original.engine).bytes());
        assertThatThrownBy(() -> restore(mixed, EventSink.NONE, SequencedClearingRun::setUp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("snapshot: ")
                .hasMessageContaining("working");
    }

    /** The fixtures' exchange without its last contract, the green spot. */
    private static ClearingHouse withoutGreenSpot(ClearingEvents events) {
        ClearingHouse house = new ClearingHouse(ClearingFixtures.RULES, events);
        house.setFees(ClearingFixtures.T0, "H100", ClearingFixtures.H100_FEES);
        ClearingFixtures.COMMODITIES.forEach(c -> house.defineCommodity(ClearingFixtures.T0, c));
        ClearingFixtures.SPREADS.forEach(s -> house.defineSpread(ClearingFixtures.T0, s));
        ClearingFixtures.LISTINGS.subList(0, ClearingFixtures.LISTINGS.size() - 1).forEach(l ->
                house.listContract(ClearingFixtures.T0, l.spec(), l.commodity(), l.tier(), l.array()));
        return house;
    }

    @Test
    void a_cut_or_damaged_clearing_section_is_refused_with_the_reason() throws IOException {
        byte[] good = snapshot(run(4, 2_000, EventSink.NONE).engine);
        byte[] flipped = good.clone();
        flipped[good.length - 40] ^= 0x5A;
        assertThatThrownBy(() -> restore(flipped, EventSink.NONE))
                .hasMessage("snapshot section clearing: checksum does not match");

        Map<String, byte[]> sections = Snapshot.read(new ByteArrayInputStream(good));
        byte[] clearing = sections.get(Snapshot.CLEARING);
        Map<String, byte[]> cut = new LinkedHashMap<>(sections);
        cut.put(Snapshot.CLEARING, Arrays.copyOf(clearing, clearing.length - 9));
        assertThatThrownBy(() -> restore(cut, EventSink.NONE, SequencedClearingRun::setUp))
                .hasMessageStartingWith("clearing insurance: length ");
        Map<String, byte[]> longer = new LinkedHashMap<>(sections);
        longer.put(Snapshot.CLEARING, Arrays.copyOf(clearing, clearing.length + 3));
        assertThatThrownBy(() -> restore(longer, EventSink.NONE, SequencedClearingRun::setUp))
                .hasMessage("clearing: 3 bytes follow the last part");
        Map<String, byte[]> renamed = new LinkedHashMap<>(sections);
        byte[] otherName = clearing.clone();
        otherName[2] = 'X';
        renamed.put(Snapshot.CLEARING, otherName);
        assertThatThrownBy(() -> restore(renamed, EventSink.NONE, SequencedClearingRun::setUp))
                .hasMessage("clearing: part Xouse where house comes");
    }

    /**
     * Clearing sections with bytes changed and the checksum made to fit (what a bug, not the
     * disk, would write): each restores or is refused with an {@link IllegalArgumentException}.
     */
    @Test
    void a_damaged_clearing_section_with_a_fitting_checksum_is_refused_or_restored_but_nothing_else_escapes()
            throws IOException {
        Map<String, byte[]> sections = Snapshot.read(new ByteArrayInputStream(snapshot(run(6, 2_000, EventSink.NONE).engine)));
        byte[] clearing = sections.get(Snapshot.CLEARING);
        SplittableRandom random = new SplittableRandom(9);
        int refused = 0;
        for (int run = 0; run < DAMAGED_SECTIONS; run++) {
            byte[] damaged = clearing.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            Map<String, byte[]> changed = new LinkedHashMap<>(sections);
            changed.put(Snapshot.CLEARING, damaged);
            try {
                restore(changed, EventSink.NONE, SequencedClearingRun::setUp).verifyIntegrity();
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).isNotBlank();
                refused++;
            }
        }
        assertThat(refused).isPositive();
    }
}
