package com.suanli.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.cluster.member.LocalCluster;
import com.suanli.cluster.member.MemberConfig;
import com.suanli.cluster.mirror.ClusterMirror;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replicated exchange on loopback, three member JVMs: a client sends a seeded stream, the leader is
 * killed with SIGKILL mid-flow, the client carries on with the new leader, the killed member restarts
 * and catches up; every command was acknowledged once, and all three members end on the state of a
 * single-process replay of the acknowledged commands. The members keep little of their feed, so a mirror that
 * follows it afterwards from its first message is sent the leader's whole state, and ends on its report.
 */
@Tag("cluster")
class ReplicatedExchangeFailoverTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final int COMMANDS = 20_000;
    /** Taken before the kill, so the killed member restarts from a snapshot and replays its log after it. */
    private static final int SNAPSHOT_AT = 5_000;
    private static final int KILL_AT = 10_000;
    /** The members keep far less of the feed than the run makes: a follower that starts afresh is sent the state. */
    private static final long FEED_HISTORY_KB = 64;

    @TempDir
    Path root;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theLeaderKilledMidFlowLosesNoAcknowledgedCommandAndAppliesNoneTwice() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/dev/shm")), "needs /dev/shm for the members' media drivers");
        int portBase = LocalCluster.freePortBase();
        List<Command> commands = new ArrayList<>();
        SeededLoad load = SeededLoad.openingItsMembers(16, CATALOGUE, 0);
        for (int i = 0; i < COMMANDS; i++) {
            commands.add(load.next());
        }
        try (LocalCluster cluster = new LocalCluster(root, portBase, MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT,
                FEED_HISTORY_KB)) {
            cluster.startAll();
            List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
            int killed;
            StateReport leaderReport;
            try (ClusterExchangeClient client = ClusterExchangeClient.connect(
                    cluster.clientConfig(1).withWindow(1_024, 64), Duration.ofSeconds(60))) {
                for (int i = 0; i < SNAPSHOT_AT; i++) {
                    outcomes.add(client.submit(commands.get(i)));
                }
                client.takeSnapshot().get(60, TimeUnit.SECONDS);
                for (int i = SNAPSHOT_AT; i < KILL_AT; i++) {
                    outcomes.add(client.submit(commands.get(i)));
                }
                killed = client.leaderMemberId();
                long acknowledgedAtKill = outcomes.stream().filter(CompletableFuture::isDone).count();
                long killedAt = System.nanoTime();
                cluster.kill(killed);
                CompletableFuture<Outcome> first = client.submit(commands.get(KILL_AT));
                outcomes.add(first);
                first.get(60, TimeUnit.SECONDS);
                System.out.printf("leader %d killed with %d of %d acknowledged; the next command submitted was"
                        + " acknowledged %d ms later%n", killed, acknowledgedAtKill, KILL_AT,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt));
                for (int i = KILL_AT + 1; i < COMMANDS; i++) {
                    outcomes.add(client.submit(commands.get(i)));
                }
                CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
                assertThat(client.leaderMemberId()).isNotEqualTo(killed);
                assertThat(client.leaderChanges()).isGreaterThanOrEqualTo(1);

                cluster.start(killed);
                leaderReport = client.report().get(60, TimeUnit.SECONDS);
            }
            for (int i = 0; i < COMMANDS; i++) {
                assertThat(outcomes.get(i).join().clientSequence()).isEqualTo(i + 1);
            }
            assertThat(leaderReport.commandsApplied()).isEqualTo(COMMANDS);

            Engine replayed = ExchangeSetup.desk(CATALOGUE).fresh(EventSink.NONE);
            for (int i = 0; i < COMMANDS; i++) {
                replayed.submit(LogMessages.stampedAt(commands.get(i), outcomes.get(i).join().timestamp()));
            }
            assertThat(leaderReport.stateHash()).isEqualTo(replayed.stateHash());
            assertThat(leaderReport.lastEventSequence()).isEqualTo(replayed.lastSequence());

            for (int id = 0; id < LocalCluster.MEMBERS; id++) {
                Properties report = awaitReport(cluster, id);
                assertThat(report.getProperty("stateHash")).as("member %d", id)
                        .isEqualTo(Long.toHexString(replayed.stateHash()));
                assertThat(report.getProperty("commandsApplied")).as("member %d", id)
                        .isEqualTo(Integer.toString(COMMANDS));
            }
            assertThat(cluster.log(killed)).contains("restored a snapshot");
            followTheStateToTheEnd(cluster, leaderReport);
            for (int id = 0; id < LocalCluster.MEMBERS; id++) {
                System.out.printf("member %d's log:%n%s", id, cluster.log(id));
            }
        }
    }

    /**
     * A mirror that follows the feed from its first message, which no member keeps any more: the leader sends
     * its whole state in pieces, and the mirror restored from it stands where the leader's report stood.
     */
    private static void followTheStateToTheEnd(LocalCluster cluster, StateReport leader) throws Exception {
        try (ClusterMirror mirror = new ClusterMirror(ExchangeSetup.desk(CATALOGUE), 2);
             ClusterExchangeClient follower = ClusterExchangeClient.connect(cluster.clientConfig(2),
                     Duration.ofSeconds(60), mirror)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (mirror.lastEventSequence() < leader.lastEventSequence() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(mirror.report().get(60, TimeUnit.SECONDS)).isEqualTo(leader);
            assertThat(mirror.statesLoaded()).isEqualTo(1);
            assertThat(follower.feedStates()).isEqualTo(1);
            assertThat(mirror.failure()).isNull();
        }
    }

    private static Properties awaitReport(LocalCluster cluster, int id) throws Exception {
        Properties report = cluster.awaitReport(id, Duration.ofSeconds(60));
        assertThat(report.getProperty("stateHash")).as("member %d's report; its log:%n%s", id, cluster.log(id))
                .isNotNull();
        return report;
    }
}
