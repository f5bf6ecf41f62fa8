package com.suanli.desk.cli;

import com.suanli.cluster.member.ClusterMember;
import com.suanli.cluster.member.MemberConfig;
import com.suanli.cluster.service.SnapshotSchedule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code desk server}: one member of the replicated exchange, until stopped (docs/CLUSTER.md). */
@Command(name = "server", header = "run one member of the replicated exchange (Aeron Cluster)",
        description = {"Starts member N of a cluster whose members run on the hosts of --members (in member-id",
                "order), each on five ports from --port-base + 100 x id. The exchange is the desk's, clearing",
                "inside; clients' commands are acknowledged once a majority of members have them. Ctrl-C or",
                "SIGTERM stops the member. See docs/CLUSTER.md."})
final class ServerCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Option(names = "--member", paramLabel = "N", required = true, description = "this member's id, 0 to members - 1")
    private int member;

    @Option(names = "--members", paramLabel = "HOSTS", required = true, split = ",",
            description = "every member's host, comma-separated, in member-id order")
    private List<String> members;

    @Option(names = "--dir", paramLabel = "DIR", required = true,
            description = "this member's directory: archive, cluster state, state reports")
    private Path dir;

    @Option(names = "--port-base", paramLabel = "PORT", description = "the first port of the range (default ${DEFAULT-VALUE})")
    private int portBase = MemberConfig.DEFAULT_PORT_BASE;

    @Option(names = "--aeron-dir", paramLabel = "DIR",
            description = "the media driver's directory (default /dev/shm/suanli-cluster-PORT-member-N)")
    private String aeronDir;

    @Option(names = "--read-model", paramLabel = "DB",
            description = "write trades, positions and the ledger into this H2 database (one member of the cluster)")
    private Path readModel;

    @Option(names = "--heartbeat-timeout-ms", paramLabel = "MS",
            description = "how long without the leader before an election (default ${DEFAULT-VALUE})")
    private long heartbeatTimeoutMs = MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT.toMillis();

    @Option(names = "--snapshot-interval", paramLabel = "MINUTES",
            description = "take a snapshot after this many minutes of trading, 0 for none by time"
                    + " (default ${DEFAULT-VALUE})")
    private long snapshotMinutes = SnapshotSchedule.DEFAULT.interval().toMinutes();

    @Option(names = "--snapshot-every", paramLabel = "COMMANDS",
            description = "take a snapshot after this many commands, 0 for none by count (default ${DEFAULT-VALUE})")
    private long snapshotCommands = SnapshotSchedule.DEFAULT.everyCommands();

    private final CliContext context;

    ServerCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path here = context.workingDirectory();
        MemberConfig config = new MemberConfig(member, members, portBase, here.resolve(dir), aeronDir,
                readModel == null ? null : here.resolve(readModel), Duration.ofMillis(heartbeatTimeoutMs),
                new SnapshotSchedule(Duration.ofMinutes(snapshotMinutes), snapshotCommands));
        ClusterMember.runUntilStopped(config, () -> context.out().println("desk server: member " + member + " of "
                + members.size() + " running on " + config.host() + ", ports " + config.port(member, 1) + "-"
                + config.port(member, 5) + " (Ctrl-C stops)"));
        return DeskCli.EXIT_OK;
    }
}
