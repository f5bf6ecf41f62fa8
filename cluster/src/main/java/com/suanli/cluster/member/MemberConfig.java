package com.suanli.cluster.member;

import com.suanli.cluster.service.SnapshotSchedule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What a member needs to know: its id, every member's host (the list's index is the member id), the
 * first port of the cluster's range, its directories, and where it writes the read models if it does.
 * Each member uses five ports from {@code portBase + 100 x id}: archive control +1, client ingress +2,
 * consensus +3, log +4, catch-up +5; so three members fit on one machine and a deployment on three
 * machines can use the same configuration on each but the id.
 *
 * @param memberId this member, an index into {@code hosts}
 * @param hosts each member's host name or address, in member-id order
 * @param portBase the first port of the range (the member ports are above it)
 * @param directory this member's archive, cluster state and state reports
 * @param aeronDirectory its media driver's directory, best on {@code /dev/shm}; deleted at start
 * @param readModel the H2 database it writes trades, positions and the ledger into; null for none
 * @param leaderHeartbeatTimeout how long followers wait for the leader's heartbeat before electing another
 * @param snapshots when the members take a snapshot without being asked
 */
public record MemberConfig(int memberId, List<String> hosts, int portBase, Path directory, String aeronDirectory,
                           Path readModel, Duration leaderHeartbeatTimeout, SnapshotSchedule snapshots) {

    /** The desk's default port range: member 0 listens on 21001-21005, member 1 on 21101-21105. */
    public static final int DEFAULT_PORT_BASE = 21_000;
    /** Failover within about 2 s on a loaded two-core box (docs/BENCHMARKS.md, "Aeron Cluster"). */
    public static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofMillis(500);

    public MemberConfig {
        hosts = List.copyOf(Objects.requireNonNull(hosts, "--members"));
        if (hosts.isEmpty() || hosts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("--members: needs one host per member, comma-separated, none blank");
        }
        if (memberId < 0 || memberId >= hosts.size()) {
            throw new IllegalArgumentException("--member: " + memberId + " is not one of the " + hosts.size()
                    + " members (0 to " + (hosts.size() - 1) + ")");
        }
        if (portBase < 1 || portBase + 100 * (hosts.size() - 1) + 5 > 65_535) {
            throw new IllegalArgumentException("--port-base: " + portBase + " leaves no room for " + hosts.size()
                    + " members' ports below 65536");
        }
        Objects.requireNonNull(directory, "--dir");
        if (aeronDirectory == null || aeronDirectory.isBlank()) {
            aeronDirectory = defaultAeronDirectory(portBase, memberId);
        }
        Objects.requireNonNull(leaderHeartbeatTimeout, "--heartbeat-timeout-ms");
        if (leaderHeartbeatTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("--heartbeat-timeout-ms: " + leaderHeartbeatTimeout.toMillis()
                    + " ms is below 100 ms, shorter than a busy machine's pauses");
        }
        Objects.requireNonNull(snapshots, "--snapshot-interval");
    }

    /** A member taking snapshots on the default schedule ({@link SnapshotSchedule#DEFAULT}). */
    public MemberConfig(int memberId, List<String> hosts, int portBase, Path directory, String aeronDirectory,
                        Path readModel, Duration leaderHeartbeatTimeout) {
        this(memberId, hosts, portBase, directory, aeronDirectory, readModel, leaderHeartbeatTimeout,
                SnapshotSchedule.DEFAULT);
    }

    /**
     * A member with the defaults for the rest: aeron directory on /dev/shm, no read model, the tuned heartbeat,
     * the default snapshot schedule.
     */
    public static MemberConfig of(int memberId, List<String> hosts, int portBase, Path directory) {
        return new MemberConfig(memberId, hosts, portBase, directory, null, null, DEFAULT_HEARTBEAT_TIMEOUT);
    }

    /**
     * From {@code --name value} pairs, as the member's own {@code main} takes them (the desk's {@code server}
     * command has the same options): member, members, dir, and optionally port-base, aeron-dir,
     * read-model, heartbeat-timeout-ms, snapshot-interval (minutes), snapshot-every (commands).
     */
    public static MemberConfig parse(Map<String, String> options) {
        List<String> unknown = new ArrayList<>(options.keySet());
        unknown.removeAll(List.of("member", "members", "dir", "port-base", "aeron-dir", "read-model",
                "heartbeat-timeout-ms", "snapshot-interval", "snapshot-every"));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--" + unknown.get(0) + ": not an option of a member");
        }
        return new MemberConfig(number(options, "member", null), List.of(required(options, "members").split(",")),
                number(options, "port-base", DEFAULT_PORT_BASE), Path.of(required(options, "dir")),
                options.get("aeron-dir"), options.containsKey("read-model") ? Path.of(options.get("read-model")) : null,
                Duration.ofMillis(number(options, "heartbeat-timeout-ms", (int) DEFAULT_HEARTBEAT_TIMEOUT.toMillis())),
                new SnapshotSchedule(Duration.ofMinutes(number(options, "snapshot-interval",
                        (int) SnapshotSchedule.DEFAULT.interval().toMinutes())),
                        number(options, "snapshot-every", (int) SnapshotSchedule.DEFAULT.everyCommands())));
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + ": is required");
        }
        return value;
    }

    private static int number(Map<String, String> options, String name, Integer fallback) {
        String value = fallback == null ? required(options, name) : options.getOrDefault(name, fallback.toString());
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + ": '" + value + "' is not a whole number");
        }
    }

    static String defaultAeronDirectory(int portBase, int memberId) {
        return "/dev/shm/suanli-cluster-" + portBase + "-member-" + memberId;
    }

    public int port(int member, int offset) {
        return portBase + 100 * member + offset;
    }

    public String host() {
        return hosts.get(memberId);
    }

    /** Aeron's cluster-members string: {@code id,ingress,consensus,log,catchup,archive} per member, {@code |} between. */
    public String clusterMembers() {
        StringJoiner members = new StringJoiner("|");
        for (int id = 0; id < hosts.size(); id++) {
            String host = hosts.get(id);
            members.add(id + "," + host + ":" + port(id, 2) + "," + host + ":" + port(id, 3) + "," + host + ":"
                    + port(id, 4) + "," + host + ":" + port(id, 5) + "," + host + ":" + port(id, 1));
        }
        return members.toString();
    }

    /** The clients' ingress endpoints, {@code id=host:port} per member: what {@code ClusterExchangeClient} is given. */
    public static String ingressEndpoints(List<String> hosts, int portBase) {
        StringJoiner endpoints = new StringJoiner(",");
        for (int id = 0; id < hosts.size(); id++) {
            endpoints.add(id + "=" + hosts.get(id) + ":" + (portBase + 100 * id + 2));
        }
        return endpoints.toString();
    }
}
