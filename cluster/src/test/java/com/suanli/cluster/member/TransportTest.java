package com.suanli.cluster.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.cluster.client.ClientConfig;
import java.time.Duration;
import java.util.List;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.junit.jupiter.api.Test;

class TransportTest {

    @Test
    void everyChannelCarriesTheSmallTermAndTheFrameSize() {
        Transport transport = new Transport(8_192, Duration.ofNanos(250_000));

        assertThat(transport.channel(null))
                .isEqualTo("aeron:udp?term-length=4m|mtu=8192|rcv-wnd=131072|so-rcvbuf=131072");
        assertThat(transport.channel("10.0.0.9:0"))
                .isEqualTo("aeron:udp?endpoint=10.0.0.9:0|term-length=4m|mtu=8192|rcv-wnd=131072|so-rcvbuf=131072");
        assertThat(transport.idle().get()).isInstanceOf(BackoffIdleStrategy.class);
    }

    @Test
    void largerFramesKeepSixteenInFlight() {
        assertThat(Transport.LOOPBACK.channel(null))
                .isEqualTo("aeron:udp?term-length=4m|mtu=65504|rcv-wnd=1048064|so-rcvbuf=1048064");
        assertThat(new Transport(1_408, Duration.ofNanos(100_000)).channel(null))
                .endsWith("|mtu=1408|rcv-wnd=131072|so-rcvbuf=131072");
    }

    @Test
    void membersAllOnTheLoopbackTakeItsLargestFrames() {
        assertThat(Transport.between(List.of("127.0.0.1", "localhost", "127.0.0.2"))).isEqualTo(Transport.LOOPBACK);
        assertThat(Transport.between(List.of("127.0.0.1", "10.0.0.2", "127.0.0.1"))).isEqualTo(Transport.DEFAULT);
        assertThat(Transport.between(List.of("127.example.com"))).isEqualTo(Transport.DEFAULT);
        assertThat(ClientConfig.ofMembers(9, "127.0.0.1:21002,127.0.0.1:21102").transport())
                .isEqualTo(Transport.LOOPBACK);
        assertThat(ClientConfig.of(9, List.of("127.0.0.1", "127.0.0.1"), 21_000, "127.0.0.1").transport())
                .isEqualTo(Transport.LOOPBACK);
    }

    @Test
    void membersAndClientsShareTheDefaultTransport() {
        assertThat(Transport.DEFAULT).isEqualTo(new Transport(8_192, Duration.ofMillis(2)));
        ClientConfig client = ClientConfig.of(5, List.of("a", "b", "c"), 21_000, "h");
        assertThat(client.transport()).isEqualTo(Transport.DEFAULT);
        assertThat(client.batch()).isEqualTo(ClientConfig.BATCH);
        assertThat(client.withTransport(new Transport(1_408, Duration.ofNanos(100_000))).transport().mtu())
                .isEqualTo(1_408);
    }

    @Test
    void aFrameOrParkAeronCannotUseIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> new Transport(1_000, Duration.ofNanos(250_000)))
                .hasMessage("--mtu: 1000 must be a multiple of 32 from 1024 to 65504");
        assertThatThrownBy(() -> new Transport(65_536, Duration.ofNanos(250_000)))
                .hasMessage("--mtu: 65536 must be a multiple of 32 from 1024 to 65504");
        assertThatThrownBy(() -> new Transport(8_192, Duration.ofNanos(500)))
                .hasMessage("--idle-park-us: 0 µs must be from 1 to 10,000");
        assertThatThrownBy(() -> new Transport(8_192, Duration.ofMillis(11)))
                .hasMessage("--idle-park-us: 11000 µs must be from 1 to 10,000");
    }
}
