package com.suanli.data.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code WRITE_DELAY=0} promises: a commit that returned is in the file, so a process killed with
 * SIGKILL right after loses none of it. A real child JVM commits rows one by one and says so after each
 * commit; it is killed at a seeded random moment; every row it announced must be there on reopening.
 * (Surviving a power cut needs an fsync as well, {@link DeskStore#sync()}: the journal's crash test.)
 */
class CommitSurvivesKillTest {

    private static final int KILLS = 3;
    private static final long SEED = 20_261_203L;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void every_commit_announced_before_a_sigkill_is_in_the_file_afterwards() throws Exception {
        Random random = new Random(SEED);
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        DeskStore.open(address, FileKey.NONE).close();
        List<Long> announced = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            int announcementsBeforeKill = 20 + random.nextInt(200);
            Process writer = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    CommitWriter.class.getName(), address.file().toString(), Long.toString(kill * 1_000_000L))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (int i = 0; i < announcementsBeforeKill; i++) {
                    String line = out.readLine();
                    assertThat(line).as("the writer stopped early").isNotNull();
                    announced.add(Long.parseLong(line));
                }
                writer.destroyForcibly();
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
        }

        try (DeskStore store = DeskStore.open(address, FileKey.NONE)) {
            List<Long> kept = store.transaction(c -> Sql.list(c, "SELECT entry_id FROM cash_ledger", row -> row.getLong(1)));
            assertThat(kept).containsAll(announced).doesNotHaveDuplicates();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The child: commits one ledger row at a time and prints its id once the commit has returned. */
    public static final class CommitWriter {

        private CommitWriter() {
        }

        public static void main(String[] args) {
            StoreAddress address = StoreAddress.file(Path.of(args[0]));
            long first = Long.parseLong(args[1]);
            try (DeskStore store = DeskStore.open(address, FileKey.NONE)) {
                store.transaction(c -> Sql.update(c, "MERGE INTO firms KEY (firm_code) VALUES ('K', 'kill test', 'CLIENT')")
                        + Sql.update(c, "MERGE INTO accounts KEY (account_id) VALUES (1, 'K', 'kill test', 'HOUSE', 'CNY', TRUE)"));
                for (long id = first; ; id++) {
                    long entry = id;
                    store.transaction(c -> Sql.update(c, "INSERT INTO cash_ledger (entry_id, account_id, business_date, kind,"
                            + " amount, currency, reference) VALUES (?, 1, DATE '2026-12-03', 'DEPOSIT', 1.00, 'CNY', 'kill')", entry));
                    System.out.println(entry);
                    System.out.flush();
                }
            }
        }
    }
}
