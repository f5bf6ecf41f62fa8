package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.ExchangeEvent;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A house restored from a snapshot cut into a seeded random run: two runs of one seed step together, at the cut
 * the second's house is replaced by one restored from the first's clearing section (over the same setup,
 * publishing nothing), and from then on the two must answer every command alike.
 */
final class SnapshotCut {

    /** A seeded run whose house the cut can replace, its own checks holding after every step. */
    interface Run {
        void step();

        ClearingHouse house();

        void replaceHouse(ClearingHouse restored);

        ClearingEventStream stream();

        List<ExchangeEvent> events();
    }

    private SnapshotCut() {
    }

    /**
     * Steps both runs {@code steps} times, then restores {@code restored}'s house from {@code original}'s section:
     * nothing published, the same hash, the same {@code state} and the same bytes written again.
     */
    static void restoreAfter(int steps, long seed, Run original, Run restored, Function<ClearingHouse, ?> state)
            throws IOException {
        for (int n = steps; n > 0; n--) {
            original.step();
            restored.step();
        }
        byte[] section = section(original.house());
        int eventsBefore = restored.events().size();
        restored.replaceHouse(ClearingHouse.restore(ExpiryAndDeliveryTest.exchange(ClearingEvents.NONE),
                restored.stream(), section));
        assertThat(restored.events()).as("restoring publishes nothing").hasSize(eventsBefore);
        assertThat(restored.house().stateHash()).as("seed %d", seed).isEqualTo(original.house().stateHash());
        assertThat(state.apply(restored.house())).isEqualTo(state.apply(original.house()));
        assertThat(section(restored.house())).as("written again").isEqualTo(section);
    }

    /** Steps both runs {@code steps} times: the same hash after every command, the same events at the end. */
    static void answerAlike(int steps, long seed, Run original, Run restored) {
        for (int n = 0; n < steps; n++) {
            original.step();
            restored.step();
            assertThat(restored.house().stateHash()).as("seed %d, command %d after the cut", seed, n)
                    .isEqualTo(original.house().stateHash());
        }
        assertThat(restored.events()).isEqualTo(original.events());
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
