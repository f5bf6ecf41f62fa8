package com.suanli.cluster.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.protocol.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ClientSequencesTest {

    /** Past a full memory's worth of commands: the memory has grown to its largest and wrapped once. */
    private static final long APPLIED = ClientSequences.RECENT + 5_000;

    private static void apply(ClientSequences.Client client, long sequence) {
        Outcome outcome = outcome(sequence);
        client.applied(sequence, outcome.timestamp(), outcome.lastEventSequence(),
                outcome.rejection() == null ? null : "UNKNOWN_ORDER", outcome.rejection() == null ? null : "" + sequence);
    }

    private static Outcome outcome(long sequence) {
        return new Outcome(sequence, 1_000 + sequence, 7 * sequence, sequence % 3 == 0 ? "UNKNOWN_ORDER: " + sequence : null);
    }

    @Test
    void aClientRemembersItsLastOutcomesAsItsMemoryGrowsAndForgetsOlderOnes() {
        ClientSequences sequences = new ClientSequences();
        ClientSequences.Client client = sequences.of(42);
        for (long sequence = 1; sequence <= APPLIED; sequence++) {
            apply(client, sequence);
            // Every command still within the window a client may resend is answered, at every size the memory had.
            long resent = Math.max(1, sequence - ClientConfig.MAX_WINDOW + 1);
            assertThat(client.outcome(resent)).isEqualTo(outcome(resent));
        }
        for (long sequence = APPLIED - ClientSequences.RECENT + 1; sequence <= APPLIED; sequence++) {
            assertThat(client.outcome(sequence)).isEqualTo(outcome(sequence));
        }
        assertThat(client.outcome(APPLIED - ClientSequences.RECENT)).isNull();
        assertThat(client.outcome(1)).isNull();
        assertThat(sequences.lastApplied(42)).isEqualTo(APPLIED);
    }

    @Test
    void aRestoredClientAnswersAsTheOriginal() throws IOException {
        ClientSequences original = new ClientSequences();
        for (long sequence = 1; sequence <= APPLIED; sequence++) {
            apply(original.of(42), sequence);
        }
        apply(original.of(7), 1);
        ClientSequences restored = new ClientSequences();
        restored.restore(bytes(original));
        assertThat(bytes(restored)).isEqualTo(bytes(original));
        for (long sequence = APPLIED - ClientSequences.RECENT + 1; sequence <= APPLIED; sequence++) {
            assertThat(restored.of(42).outcome(sequence)).isEqualTo(outcome(sequence));
        }
        assertThat(restored.lastApplied(7)).isEqualTo(1);
    }

    private static byte[] bytes(ClientSequences sequences) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            sequences.write(out);
        }
        return bytes.toByteArray();
    }
}
