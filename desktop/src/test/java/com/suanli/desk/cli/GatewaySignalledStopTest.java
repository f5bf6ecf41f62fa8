package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.app.StoppedStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code desk gateway} stopped by SIGTERM closes in order and says so: the FIX acceptor, the exchange (its journaller
 * and snapshot writer), the database last. A real child JVM: before, the gateway's stop hook only released its wait
 * and the JVM ended while those closes were still running (the database, which no longer closes itself at exit, was
 * left as after a kill).
 */
class GatewaySignalledStopTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void a_gateway_stopped_by_sigterm_closes_its_exchange_and_then_its_database_before_the_jvm_ends() throws Exception {
        Path base = dir.resolve("desk");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process child = StoppedStore.startDesk(dir.resolve("home"), "gateway", "--db", base.toString(),
                "--port", Integer.toString(port));
        StringBuilder printed = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("desk gateway: FIX 4.4 on")) {
                printed.append(line).append('\n');
            }
            assertThat(line).as("the gateway serves; it printed:%n%s", printed).isNotNull();
            child.toHandle().destroy();
            while ((line = out.readLine()) != null) {
                printed.append(line).append('\n');
            }
            assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("the gateway ended after SIGTERM").isTrue();
            assertThat(printed).as("the gateway said it stopped, everything closed")
                    .contains("desk gateway: stopped, the database " + base.toAbsolutePath() + " closed");
        } finally {
            child.destroyForcibly();
        }
        long journalled = StoppedStore.journalAfterCleanClose(base, "MAX(last_sequence)");
        assertThat(journalled).as("commands journalled at the exchange's start").isPositive();
    }
}
