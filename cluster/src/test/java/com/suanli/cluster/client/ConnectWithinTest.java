package com.suanli.cluster.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aeron.cluster.client.ClusterException;
import io.aeron.exceptions.TimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The client's connect while a cluster starts or elects: the answers Aeron gives then (no leader in time, a
 * member's ingress lost between the connection and the first message) are tried again within the deadline; a
 * refusal is not, and the deadline's failure names the last reason. The attempts are scripted: the loss comes in
 * a window of microseconds in Aeron's connect, seen only under load (docs/BENCHMARKS.md, "Aeron Cluster").
 */
class ConnectWithinTest {

    private static final String ENDPOINTS = "0=127.0.0.1:20002";

    /** Throws the scripted failures in turn, then answers "connected". */
    private static Supplier<String> attempts(List<RuntimeException> failures, int[] tried) {
        Queue<RuntimeException> left = new ArrayDeque<>(failures);
        return () -> {
            tried[0]++;
            RuntimeException next = left.poll();
            if (next != null) {
                throw next;
            }
            return "connected";
        };
    }

    @Test
    void aLostConnectionDuringAnElectionIsTriedAgain() {
        int[] tried = {0};
        String connected = ClusterExchangeClient.untilConnected(attempts(List.of(
                new ClusterException(ClusterExchangeClient.LOST_CONNECTION),
                new TimeoutException("awaiting response - connectionId=1"),
                new ClusterException(ClusterExchangeClient.LOST_CONNECTION)), tried), Duration.ofSeconds(10),
                ENDPOINTS);

        assertThat(connected).isEqualTo("connected");
        assertThat(tried[0]).isEqualTo(4);
    }

    @Test
    void aSessionRefusedIsNotTriedAgain() {
        int[] tried = {0};
        ClusterException refused = new ClusterException("concurrent session limit");

        assertThatThrownBy(() -> ClusterExchangeClient.untilConnected(attempts(List.of(refused), tried),
                Duration.ofSeconds(10), ENDPOINTS)).isSameAs(refused);
        assertThat(tried[0]).isEqualTo(1);
    }

    @Test
    void lossesPastTheDeadlineFailNamingTheLastReason() {
        int[] tried = {0};
        Supplier<String> alwaysLost = () -> {
            tried[0]++;
            throw new ClusterException(ClusterExchangeClient.LOST_CONNECTION);
        };
        long start = System.nanoTime();

        assertThatThrownBy(() -> ClusterExchangeClient.untilConnected(alwaysLost, Duration.ofMillis(500), ENDPOINTS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no leader answered at " + ENDPOINTS + " within 0 s")
                .hasMessageContaining(ClusterExchangeClient.LOST_CONNECTION)
                .hasCauseInstanceOf(ClusterException.class);
        // Paused between attempts, not spun: some 100 ms each.
        assertThat(tried[0]).isBetween(2, 7);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
