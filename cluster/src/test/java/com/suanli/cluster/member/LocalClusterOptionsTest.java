package com.suanli.cluster.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The members LocalCluster starts for the benchmarks and tests run with the options ./desk server gives a member. */
class LocalClusterOptionsTest {

    @Test
    void theLauncherGivesAServerTheFileLocalClusterReads() throws IOException {
        String desk = Files.readString(Path.of("..", "desk"));
        int server = desk.indexOf("    server) ");
        assertTrue(server > 0, "desk has a server case");
        assertEquals("    server) java+=(\"@$root/cluster/src/jvm/cluster-member.args\") ",
                desk.substring(server, desk.indexOf(";;", server)));
        assertEquals(JvmArgumentFile.options(Files.readString(Path.of("src", "jvm", "cluster-member.args"))),
                LocalCluster.deployedJvmOptions());
    }

    @Test
    void aMemberRunsOnShenandoahWithTheJdksC2Thresholds() {
        List<String> options = LocalCluster.deployedJvmOptions();
        assertTrue(options.containsAll(List.of("-XX:-UseG1GC", "-XX:+UseShenandoahGC", "-XX:+ExitOnOutOfMemoryError",
                "-XX:Tier4InvocationThreshold=5000")), options.toString());
    }

    @Test
    void anArgumentFileIsReadWithoutItsComments() {
        assertEquals(List.of("-XX:+UseG1GC", "-Xms1g", "-Xmx2g"),
                JvmArgumentFile.options("# a comment\n-XX:+UseG1GC\n\n  -Xms1g -Xmx2g # why\n#-XX:+UseZGC\n"));
    }
}
