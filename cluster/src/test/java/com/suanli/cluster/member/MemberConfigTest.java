package com.suanli.cluster.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.service.SnapshotSchedule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberConfigTest {

    @Test
    void eachMemberListensOnFivePortsAboveItsHundredAndAllAgreeOnTheMembersString() {
        List<String> hosts = List.of("10.0.0.1", "10.0.0.2", "10.0.0.3");
        MemberConfig second = MemberConfig.of(1, hosts, 21_000, Path.of("m1"));

        assertThat(second.clusterMembers()).isEqualTo(
                "0,10.0.0.1:21002,10.0.0.1:21003,10.0.0.1:21004,10.0.0.1:21005,10.0.0.1:21001"
                        + "|1,10.0.0.2:21102,10.0.0.2:21103,10.0.0.2:21104,10.0.0.2:21105,10.0.0.2:21101"
                        + "|2,10.0.0.3:21202,10.0.0.3:21203,10.0.0.3:21204,10.0.0.3:21205,10.0.0.3:21201");
        assertThat(MemberConfig.of(2, hosts, 21_000, Path.of("m2")).clusterMembers()).isEqualTo(second.clusterMembers());
        assertThat(MemberConfig.ingressEndpoints(hosts, 21_000))
                .isEqualTo("0=10.0.0.1:21002,1=10.0.0.2:21102,2=10.0.0.3:21202");
        assertThat(second.host()).isEqualTo("10.0.0.2");
        assertThat(second.aeronDirectory()).isEqualTo("/dev/shm/suanli-cluster-21000-member-1");
        assertThat(second.leaderHeartbeatTimeout()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void theMembersOwnOptionsParseAsTheDesksServerCommandTakesThem() {
        MemberConfig config = MemberConfig.parse(Map.of("member", "2", "members", "a,b,c", "dir", "/tmp/m2",
                "port-base", "30000", "read-model", "/tmp/reporting", "heartbeat-timeout-ms", "700"));

        assertThat(config).isEqualTo(new MemberConfig(2, List.of("a", "b", "c"), 30_000, Path.of("/tmp/m2"),
                "/dev/shm/suanli-cluster-30000-member-2", Path.of("/tmp/reporting"), Duration.ofMillis(700)));
        assertThat(config.snapshots()).isEqualTo(SnapshotSchedule.DEFAULT);
    }

    @Test
    void theSnapshotScheduleIsInMinutesAndCommandsAndZeroTurnsAPartOff() {
        MemberConfig config = MemberConfig.parse(Map.of("member", "0", "members", "a", "dir", "d",
                "snapshot-interval", "30", "snapshot-every", "0"));

        assertThat(config.snapshots()).isEqualTo(new SnapshotSchedule(Duration.ofMinutes(30), 0));
        assertThatThrownBy(() -> MemberConfig.parse(Map.of("member", "0", "members", "a", "dir", "d",
                "snapshot-every", "many"))).hasMessage("--snapshot-every: 'many' is not a whole number");
        assertThatThrownBy(() -> MemberConfig.parse(Map.of("member", "0", "members", "a", "dir", "d",
                "snapshot-interval", "-1"))).hasMessage("--snapshot-interval: -1 minutes is negative (0 takes none"
                + " by time)");
    }

    @Test
    void aConfigurationThatCannotRunIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> MemberConfig.parse(Map.of("member", "0", "members", "a", "dir", "d", "ports", "1")))
                .hasMessage("--ports: not an option of a member");
        assertThatThrownBy(() -> MemberConfig.parse(Map.of("member", "x", "members", "a", "dir", "d")))
                .hasMessage("--member: 'x' is not a whole number");
        assertThatThrownBy(() -> MemberConfig.parse(Map.of("member", "0", "dir", "d")))
                .hasMessage("--members: is required");
        assertThatThrownBy(() -> MemberConfig.of(0, List.of("a", " "), 21_000, Path.of("d")))
                .hasMessage("--members: needs one host per member, comma-separated, none blank");
        assertThatThrownBy(() -> MemberConfig.of(-1, List.of("a"), 21_000, Path.of("d")))
                .hasMessage("--member: -1 is not one of the 1 members (0 to 0)");
        assertThatThrownBy(() -> ClusterMember.options(new String[] {"--member", "0", "--dir"}))
                .hasMessage("--dir: expected --name value");
    }

    @Test
    void aClientOfTheMembersEndpointsIsReachedBackOnItsAddressTowardsThemAndABadEndpointIsRefused() {
        ClientConfig client = ClientConfig.ofMembers(9, "127.0.0.1:21002, 127.0.0.1:21102,127.0.0.1:21202");
        assertThat(client.ingressEndpoints()).isEqualTo("0=127.0.0.1:21002,1=127.0.0.1:21102,2=127.0.0.1:21202");
        assertThat(client.egressHost()).isEqualTo("127.0.0.1");
        assertThat(client.clientId()).isEqualTo(9);
        assertThatThrownBy(() -> ClientConfig.ofMembers(9, "127.0.0.1:21002,127.0.0.1:x"))
                .hasMessageStartingWith("--cluster: '127.0.0.1:x' is not HOST:PORT");
        assertThatThrownBy(() -> ClientConfig.ofMembers(9, ":21002"))
                .hasMessageStartingWith("--cluster: ':21002' is not HOST:PORT");
    }

    @Test
    void aClientsWindowStaysBelowWhatTheMembersRemember() {
        ClientConfig client = ClientConfig.of(5, List.of("a", "b", "c"), 21_000, "h");
        assertThat(client.window()).isEqualTo(ClientConfig.WINDOW).isLessThanOrEqualTo(ClientConfig.MAX_WINDOW);
        assertThatThrownBy(() -> client.withWindow(ClientConfig.MAX_WINDOW + 1, 10))
                .hasMessage("window: 32769 must be 1 to 32768");
        assertThatThrownBy(() -> client.withWindow(100, 101)).hasMessage("batch: 101 must be 1 to the window, 100");
    }
}
