package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.ExchangeEvent;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded random run of commands on a clearing house (the expiry and delivery setup), its events kept and
 * replayed into a ledger, the run's own checks holding after every step; with the checks the conservation
 * tests share: a house restored from a snapshot cut at random answers every later command as the original,
 * and the same seed gives the same state hash, another seed another.
 */
abstract class SeededHouseRun {
    final SplittableRandom random;
    final List<ExchangeEvent> events = new ArrayList<>();
    final LedgerReplay replay = new LedgerReplay();
    private long sequence;
    final ClearingEventStream stream;
    /** Replaced by a restored house at a snapshot cut. */
    ClearingHouse house;

    /** {@code follower} hears every event after the ledger, from the house's setup on. */
    SeededHouseRun(long seed, Consumer<ExchangeEvent> follower) {
        random = new SplittableRandom(seed);
        stream = new ClearingEventStream(() -> ++sequence, e -> {
            events.add(e);
            replay.onEvent(e);
            follower.accept(e);
        });
        house = ExpiryAndDeliveryTest.exchange(stream);
    }

    /** One random command, and the run's checks after it. */
    abstract void step();

    /**
     * Steps both runs of one seed {@code steps} times, then replaces {@code restored}'s house by one restored
     * from {@code original}'s clearing section over the same setup: nothing published, the same hash, the same
     * {@code state} and the same bytes written again.
     */
    static void restoreAfter(int steps, long seed, SeededHouseRun original, SeededHouseRun restored,
                             Function<ClearingHouse, ?> state) throws IOException {
        for (int n = steps; n > 0; n--) {
            original.step();
            restored.step();
        }
        byte[] section = section(original.house);
        int eventsBefore = restored.events.size();
        restored.house = ClearingHouse.restore(ExpiryAndDeliveryTest.exchange(ClearingEvents.NONE), restored.stream,
                section);
        assertThat(restored.events).as("restoring publishes nothing").hasSize(eventsBefore);
        assertThat(restored.house.stateHash()).as("seed %d", seed).isEqualTo(original.house.stateHash());
        assertThat(state.apply(restored.house)).isEqualTo(state.apply(original.house));
        assertThat(section(restored.house)).as("written again").isEqualTo(section);
    }

    /** Steps both runs {@code steps} times: the same hash after every command, the same events at the end. */
    static void answerAlike(int steps, long seed, SeededHouseRun original, SeededHouseRun restored) {
        for (int n = 0; n < steps; n++) {
            original.step();
            restored.step();
            assertThat(restored.house.stateHash()).as("seed %d, command %d after the cut", seed, n)
                    .isEqualTo(original.house.stateHash());
        }
        assertThat(restored.events).isEqualTo(original.events);
    }

    /** After {@code steps} commands two runs of seed 7 have the same state hash, a run of seed 8 another. */
    static void sameSeedSameState(LongFunction<SeededHouseRun> run, int steps) {
        SeededHouseRun first = run.apply(7);
        SeededHouseRun second = run.apply(7);
        SeededHouseRun other = run.apply(8);
        for (int n = 0; n < steps; n++) {
            first.step();
            second.step();
            other.step();
        }
        assertThat(second.house.stateHash()).isEqualTo(first.house.stateHash());
        assertThat(other.house.stateHash()).isNotEqualTo(first.house.stateHash());
    }

    /** The house's clearing section of a snapshot, as written. */
    static byte[] section(ClearingHouse house) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        house.writeSnapshot(out);
        out.flush();
        return bytes.toByteArray();
    }
}
