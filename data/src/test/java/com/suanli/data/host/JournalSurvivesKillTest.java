package com.suanli.data.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.listing.Catalogue;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's promise under SIGKILL: a real child JVM runs a busy seeded load through a host against a
 * real database file, printing each acknowledged journal sequence (flushed); it is killed at a seeded
 * random moment, again and again. After each kill the database is opened and recovered: every
 * acknowledged command is in the journal (the journal runs without a hole to at least the highest number
 * printed), no number is journalled twice, and the state recovered from snapshot plus journal has the
 * hash of a fresh replay of the whole journal from its first command.
 */
class JournalSurvivesKillTest {

    private static final int KILLS = 20;
    private static final long SEED = 13_2026_1203L;
    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();

    @TempDir
    Path dir;

    @Test
    // A bound against a hung child, not a speed test: about 40 s on a quiet machine, over 120 s at a load of 30.
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void every_acknowledged_command_survives_a_sigkill_once_and_recovery_equals_a_full_replay() throws Exception {
        Random random = new Random(SEED);
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        DeskStore.open(address, FileKey.NONE).close();
        long highestAcknowledged = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            List<Long> acknowledged = runAndKill(address, SEED + kill, random.nextInt(150));
            assertThat(acknowledged).as("run %d acknowledged nothing before its kill", kill).isNotEmpty();
            assertThat(acknowledged).as("acknowledgements of run %d", kill).isSorted()
                    .doesNotHaveDuplicates().allSatisfy(s -> assertThat(s).isGreaterThan(0));
            assertThat(acknowledged.get(0)).as("run %d continues the journal", kill).isGreaterThan(highestAcknowledged);
            highestAcknowledged = acknowledged.get(acknowledged.size() - 1);

            try (DeskStore store = DeskStore.open(address, FileKey.NONE)) {
                JournalCheck check = JournalCheck.of(store, CATALOGUE, EngineConfig.defaults());
                assertThat(check.duplicatedSequences()).as("duplicated after kill %d", kill).isZero();
                assertThat(check.lastSequence()).as("journal after kill %d", kill).isGreaterThanOrEqualTo(highestAcknowledged);
                assertThat(check.recoveredHash()).as("recovered vs replayed after kill %d", kill)
                        .isEqualTo(check.replayedHash());
            }
        }
    }

    /** Starts the child, kills it {@code delayMillis} after its first acknowledgement; returns what it printed. */
    private static List<Long> runAndKill(StoreAddress address, long seed, int delayMillis) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoadUntilKilled.class.getName(),
                address.file().toString(), Long.toString(seed))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> printed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch first = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    printed.add(Long.parseLong(line));
                    first.countDown();
                }
            } catch (IOException e) {
                // The pipe closes with the child.
            }
        });
        boolean started;
        try {
            reader.start();
            started = first.await(2, TimeUnit.MINUTES);
            Thread.sleep(delayMillis);
        } finally {
            // Also when the test is interrupted (its timeout): a child left running would keep loading the file.
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join();
        assertThat(started).as("the child acknowledged within 2 minutes (a JVM start, the store opened and recovered: over 30 s at a load of 36)").isTrue();
        return new ArrayList<>(printed);
    }

    /** The child: a seeded load through the host until it is killed, acknowledgements on standard output. */
    public static final class LoadUntilKilled {

        private LoadUntilKilled() {
        }

        public static void main(String[] args) throws InterruptedException {
            PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                    false, StandardCharsets.UTF_8);
            try (DeskStore store = DeskStore.open(StoreAddress.file(Path.of(args[0])), FileKey.NONE)) {
                JournalLoad.run(store, CATALOGUE, HostOptions.defaults().withSnapshotEvery(20_000),
                        Long.parseLong(args[1]), Long.MAX_VALUE, out);
            }
        }
    }
}
