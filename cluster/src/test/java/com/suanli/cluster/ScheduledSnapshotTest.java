package com.suanli.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.cluster.member.LocalCluster;
import com.suanli.cluster.member.MemberConfig;
import com.suanli.cluster.protocol.Outcome;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.cluster.service.LogMessages;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.host.SeededLoad;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.listing.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots on a schedule, on loopback with three member JVMs: the members are told to take one every 1,500
 * commands and no client ever asks for one. The leader asks by itself, every member takes it; a follower killed
 * with SIGKILL afterwards and restarted loads the scheduled snapshot (its output names the very count of
 * commands a snapshot was taken at), replays the log after it, and ends on the state of the others and of a
 * single-process replay.
 */
@Tag("cluster")
class ScheduledSnapshotTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final int EVERY = 1_500;
    private static final int BEFORE_KILL = 5_000;
    private static final int COMMANDS = 7_000;
    private static final Pattern TOOK = Pattern.compile("took a snapshot of \\d+ bytes at (\\d+) commands applied");
    private static final Pattern RESTORED =
            Pattern.compile("restored a snapshot of \\d+ bytes: (\\d+) commands applied");

    @TempDir
    Path root;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aMemberRestartedAfterAScheduledSnapshotLoadsItAndEndsOnTheSameState() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/dev/shm")), "needs /dev/shm for the members' media drivers");
        int portBase = LocalCluster.freePortBase();
        List<Command> commands = new ArrayList<>();
        SeededLoad load = SeededLoad.openingItsMembers(23, CATALOGUE, 0);
        for (int i = 0; i < COMMANDS; i++) {
            commands.add(load.next());
        }
        try (LocalCluster cluster = new LocalCluster(root, portBase, MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT)
                .memberOptions("--snapshot-every", Integer.toString(EVERY), "--snapshot-interval", "0")) {
            cluster.startAll();
            List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
            int killed;
            List<Long> takenBeforeKill;
            StateReport leaderReport;
            try (ClusterExchangeClient client = ClusterExchangeClient.connect(
                    cluster.clientConfig(1).withWindow(1_024, 64), Duration.ofSeconds(60))) {
                submit(client, commands, 0, BEFORE_KILL, outcomes);
                int leader = client.leaderMemberId();
                killed = (leader + 1) % LocalCluster.MEMBERS;
                awaitSnapshots(cluster, killed);
                // No command comes now, so no snapshot is asked for: one asked with the last commands has time to end.
                Thread.sleep(2_000);
                assertThat(cluster.log(leader)).contains("asked for a scheduled snapshot");
                cluster.kill(killed);
                takenBeforeKill = taken(cluster.log(killed));
                submit(client, commands, BEFORE_KILL, COMMANDS, outcomes);
                cluster.start(killed);
                leaderReport = client.report().get(60, TimeUnit.SECONDS);
            }
            assertThat(takenBeforeKill).hasSizeBetween(2, 3).allSatisfy(taken -> assertThat(taken)
                    .isBetween((long) EVERY, (long) BEFORE_KILL));
            assertThat(takenBeforeKill.get(1) - takenBeforeKill.get(0)).isGreaterThanOrEqualTo(EVERY);

            Engine replayed = ExchangeSetup.desk(CATALOGUE).fresh(EventSink.NONE);
            for (int i = 0; i < COMMANDS; i++) {
                replayed.submit(LogMessages.stampedAt(commands.get(i), outcomes.get(i).join().timestamp()));
            }
            assertThat(leaderReport.stateHash()).isEqualTo(replayed.stateHash());
            assertThat(leaderReport.commandsApplied()).isEqualTo(COMMANDS);
            for (int id = 0; id < LocalCluster.MEMBERS; id++) {
                Properties report = cluster.awaitReport(id, Duration.ofSeconds(60));
                assertThat(report.getProperty("stateHash")).as("member %d; its log:%n%s", id, cluster.log(id))
                        .isEqualTo(Long.toHexString(replayed.stateHash()));
                assertThat(report.getProperty("commandsApplied")).as("member %d", id)
                        .isEqualTo(Integer.toString(COMMANDS));
            }
            Matcher restored = RESTORED.matcher(cluster.log(killed));
            assertThat(restored.find()).as("member %d's log:%n%s", killed, cluster.log(killed)).isTrue();
            assertThat(Long.parseLong(restored.group(1))).isEqualTo(takenBeforeKill.get(takenBeforeKill.size() - 1));
            System.out.printf("member %d took snapshots at %s commands, was killed at %d, restarted from the one at"
                    + " %s%n", killed, takenBeforeKill, BEFORE_KILL, restored.group(1));
        }
    }

    private static void submit(ClusterExchangeClient client, List<Command> commands, int from, int to,
                               List<CompletableFuture<Outcome>> outcomes) throws Exception {
        for (int i = from; i < to; i++) {
            outcomes.add(client.submit(commands.get(i)));
        }
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
    }

    /**
     * Waits until member {@code id} took two snapshots: 5,000 commands at one every 1,500 make two or three (a
     * snapshot is taken some messages after the leader asks, at most a window later, never before the count).
     */
    private static void awaitSnapshots(LocalCluster cluster, int id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (taken(cluster.log(id)).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(taken(cluster.log(id))).as("member %d's log:%n%s", id, cluster.log(id))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    private static List<Long> taken(String log) {
        List<Long> taken = new ArrayList<>();
        Matcher matcher = TOOK.matcher(log);
        while (matcher.find()) {
            taken.add(Long.parseLong(matcher.group(1)));
        }
        return taken;
    }
}
