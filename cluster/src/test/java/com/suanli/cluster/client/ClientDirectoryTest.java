package com.suanli.cluster.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.suanli.cluster.member.LocalCluster;
import com.suanli.cluster.member.MemberConfig;
import com.suanli.cluster.mirror.MirroredExchange;
import com.suanli.data.catalogue.CatalogueJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client's own media driver lives in a directory of {@code /dev/shm} (8 MB and up): closed, the client removes it,
 * also when every member died before, while the client was trying to reach a leader again; one a process left when
 * it ended without its close is removed by the next client that starts.
 */
class ClientDirectoryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path root;

    @Test
    void the_directories_of_processes_gone_are_removed_and_no_other() throws Exception {
        long gone = endedProcess();
        Path orphan = Files.createDirectories(root.resolve("suanli-client-17-" + gone).resolve("sub"));
        Files.writeString(orphan.resolve("cnc.dat"), "not a driver's");
        Path own = Files.createDirectories(root.resolve(Path.of(ClientDirectory.of(18)).getFileName()));
        Path member = Files.createDirectories(root.resolve("suanli-test-40000-member-" + gone));

        assertThat(ClientDirectory.removeOrphans(root)).containsExactly(orphan.getParent());
        assertThat(orphan.getParent()).doesNotExist();
        assertThat(own).as("this process's").isDirectory();
        assertThat(member).as("not a client's").isDirectory();
    }

    /** The pid of a process that ran and ended. */
    private static long endedProcess() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor(10, TimeUnit.SECONDS);
        return process.pid();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void a_mirror_closed_after_its_members_died_leaves_nothing_in_dev_shm_nor_does_a_killed_one() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/dev/shm")), "needs /dev/shm for the media drivers");
        int portBase = LocalCluster.freePortBase();
        ClientConfig config;
        try (LocalCluster cluster = new LocalCluster(root, portBase, MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT)) {
            cluster.startAll();
            config = cluster.clientConfig(ClientConfig.freshClientId());
            // What a desk killed with SIGKILL leaves: the next client to start removes it.
            Path killed = Path.of(config.aeronDirectory()).resolveSibling("suanli-client-19-" + endedProcess());
            Files.createDirectories(killed);
            MirroredExchange mirror = MirroredExchange.connect(config, CatalogueJson.readDefault(), PATIENCE);
            assertThat(Path.of(config.aeronDirectory())).isDirectory();
            assertThat(killed).as("a directory its process left").doesNotExist();
            for (int id = 0; id < LocalCluster.MEMBERS; id++) {
                cluster.kill(id);
            }
            // Long enough for the client to find its session gone and begin trying to reach a leader again.
            Thread.sleep(5_000);
            mirror.close();
        }
        assertThat(Path.of(config.aeronDirectory())).as("the client's media driver's directory").doesNotExist();
        // Nothing the client's thread did after the close brings it back.
        Thread.sleep(12_000);
        assertThat(Path.of(config.aeronDirectory())).as("the client's media driver's directory").doesNotExist();
    }
}
