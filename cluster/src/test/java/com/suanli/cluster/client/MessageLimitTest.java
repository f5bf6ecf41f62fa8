package com.suanli.cluster.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.cluster.member.Transport;
import io.aeron.cluster.client.AeronCluster;
import io.aeron.protocol.DataHeaderFlyweight;
import org.junit.jupiter.api.Test;

/**
 * A COMMANDS message fills whole frames of the transport: with the cluster's session header it is a whole number of
 * frames' payloads, never a few bytes into one more, and at most 64 KB.
 */
class MessageLimitTest {

    @Test
    void aMessageFillsWholeFrames() {
        for (int mtu : new int[] {1_408, 8_192, 16_384, 65_504, Transport.DEFAULT.mtu(), Transport.LOOPBACK.mtu()}) {
            int payload = mtu - DataHeaderFlyweight.HEADER_LENGTH;
            int entry = ClusterExchangeClient.messageLimit(mtu) + AeronCluster.SESSION_HEADER_LENGTH;

            assertThat(entry % payload).as("mtu %d", mtu).isZero();
            assertThat(entry).as("mtu %d", mtu).isLessThanOrEqualTo(64 * 1024);
            assertThat(entry + payload).as("mtu %d: one frame more would pass 64 KB", mtu).isGreaterThan(64 * 1024);
        }
    }

    @Test
    void onLoopbackAMessageIsOneFrame() {
        assertThat(ClusterExchangeClient.messageLimit(Transport.LOOPBACK.mtu()))
                .isEqualTo(65_504 - DataHeaderFlyweight.HEADER_LENGTH - AeronCluster.SESSION_HEADER_LENGTH);
    }
}
