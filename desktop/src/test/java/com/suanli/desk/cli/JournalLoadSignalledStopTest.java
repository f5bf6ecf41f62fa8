package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.app.StoppedStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code desk journal load} stopped by SIGTERM closes in order as {@code desk gateway} does: it submits no more, every
 * command it printed is in the journal, the host and then the database close, and it says so. A real child JVM:
 * before, the signal ended the JVM in the middle of the load, as a kill does.
 */
class JournalLoadSignalledStopTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void a_load_stopped_by_sigterm_journals_what_it_printed_and_closes_its_database() throws Exception {
        Path base = dir.resolve("desk");
        Process child = StoppedStore.startDesk(dir.resolve("home"), "journal", "load", "--db", base.toString(),
                "--seed", "7");
        StringBuilder printed = new StringBuilder();
        long lastPrinted = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int acknowledged = 0;
            while (acknowledged < 200 && (line = out.readLine()) != null) {
                if (line.matches("\\d+")) {
                    acknowledged++;
                } else {
                    printed.append(line).append('\n');
                }
            }
            assertThat(acknowledged).as("the load acknowledges; it printed:%n%s", printed).isEqualTo(200);
            child.toHandle().destroy();
            while ((line = out.readLine()) != null) {
                if (line.matches("\\d+")) {
                    lastPrinted = Long.parseLong(line);
                } else {
                    printed.append(line).append('\n');
                }
            }
            assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("the load ended after SIGTERM").isTrue();
            assertThat(printed).as("the load said it stopped, everything closed")
                    .contains("desk journal load: stopped, the database " + base.toAbsolutePath() + " closed");
        } finally {
            child.destroyForcibly();
        }
        long journalled = StoppedStore.journalAfterCleanClose(base, "MAX(last_sequence)");
        assertThat(journalled).as("the journal holds every sequence printed").isGreaterThanOrEqualTo(lastPrinted);
    }
}
