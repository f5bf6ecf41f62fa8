package com.suanli.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.cluster.member.LocalCluster;
import com.suanli.cluster.member.MemberConfig;
import com.suanli.cluster.protocol.Outcome;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.SeededLoad;
import com.suanli.exchange.listing.Catalogue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member killed while its archive wrote the log leaves a recording with no stop position, and when the kill
 * fell in the middle of a fragment that crosses a page, the page after the boundary may never have reached the
 * disk. The archive refuses to start on such a tail. This kills a follower with SIGKILL, leaves in its log
 * recording exactly what such a kill leaves (a fragment's header whose body runs into a page of zeros), and
 * restarts it: the member cuts the torn fragment off, catches up from the leader, and ends on the leader's state.
 */
@Tag("cluster")
class TornArchiveRestartTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final int BEFORE_KILL = 2_000;
    private static final int AFTER_KILL = 1_000;
    private static final int PAGE = 4_096;
    private static final int FRAME_ALIGNMENT = 32;

    @TempDir
    Path root;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aFollowerWhoseLastLoggedFragmentIsTornRestartsAndCatchesUp() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/dev/shm")), "needs /dev/shm for the members' media drivers");
        int portBase = LocalCluster.freePortBase();
        SeededLoad load = SeededLoad.openingItsMembers(8, CATALOGUE, 7);
        try (LocalCluster cluster = new LocalCluster(root, portBase, MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT)) {
            cluster.startAll();
            try (ClusterExchangeClient client = ClusterExchangeClient.connect(
                    cluster.clientConfig(1).withWindow(1_024, 64), Duration.ofSeconds(60))) {
                submitAll(client, load, BEFORE_KILL);
                int follower = (client.leaderMemberId() + 1) % LocalCluster.MEMBERS;
                cluster.kill(follower);
                tearTheLastFragment(root.resolve("member-" + follower).resolve("archive"));
                submitAll(client, load, AFTER_KILL);

                cluster.start(follower);
                StateReport leader = client.report().get(60, TimeUnit.SECONDS);
                Properties report = cluster.awaitReport(follower, Duration.ofSeconds(90));
                assertThat(report.getProperty("stateHash")).as("the follower's report; its log:%n%s",
                        cluster.log(follower)).isEqualTo(Long.toHexString(leader.stateHash()));
                assertThat(report.getProperty("commandsApplied")).isEqualTo(Integer.toString(BEFORE_KILL + AFTER_KILL));
                assertThat(cluster.log(follower)).contains("may be torn");
            }
        }
    }

    private static void submitAll(ClusterExchangeClient client, SeededLoad load, int count) throws Exception {
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            outcomes.add(client.submit(load.next()));
        }
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
    }

    /**
     * Writes, right after the recording's last whole fragment, the header of one more that runs past the next
     * page boundary into zeros: what a kill leaves when the header's page was written and the next one was not.
     */
    private static void tearTheLastFragment(Path archive) throws IOException {
        Path segment;
        try (Stream<Path> files = Files.list(archive)) {
            segment = files.filter(file -> file.getFileName().toString().endsWith(".rec"))
                    .max(Comparator.comparingLong(TornArchiveRestartTest::lastModified))
                    .orElseThrow(() -> new AssertionError("no recording in " + archive));
        }
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer length = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            long end = 0;
            while (end + 4 <= channel.size()) {
                length.clear();
                channel.read(length, end);
                int frame = length.getInt(0);
                if (frame <= 0) {
                    break;
                }
                end += (frame + FRAME_ALIGNMENT - 1) / FRAME_ALIGNMENT * FRAME_ALIGNMENT;
            }
            int tornLength = (int) (PAGE - end % PAGE) + 2 * FRAME_ALIGNMENT;
            assertThat(end + tornLength).as("room in %s", segment).isLessThanOrEqualTo(channel.size());
            length.clear();
            length.putInt(0, tornLength);
            channel.write(length, end);
            channel.force(true);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
