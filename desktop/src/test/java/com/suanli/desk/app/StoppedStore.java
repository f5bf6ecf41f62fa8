package com.suanli.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.Sql;
import com.suanli.data.store.StoreAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the signalled-stop tests check on a database a child JVM closed in order: H2 traced no refused write (a write
 * after the close, or a close during one), and the journal reads back. One place, so each test says only what its
 * command owes the journal.
 */
public final class StoppedStore {

    private StoppedStore() {
    }

    /** Starts {@code desk ARGS} in a child JVM on this test's class path, its home under {@code home}. */
    public static Process startDesk(Path home, String... args) throws IOException {
        var command = new ArrayList<String>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + home, Desk.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /**
     * Asserts H2 traced no exception beside {@code base} and returns {@code aggregate} (one number over
     * {@code command_journal}, e.g. {@code COUNT(*)}) read from the reopened database.
     */
    public static long journalAfterCleanClose(Path base, String aggregate) throws Exception {
        Path trace = base.resolveSibling(base.getFileName() + ".trace.db");
        assertThat(trace).as("H2 traces a refused write").satisfiesAnyOf(
                path -> assertThat(path).doesNotExist(),
                path -> assertThat(Files.readString(path)).doesNotContain("Exception"));
        try (DeskStore store = DeskStore.open(StoreAddress.file(base), FileKey.NONE)) {
            return store.transaction(c -> Sql.one(c, "SELECT " + aggregate + " FROM command_journal",
                    row -> row.getLong(1)).orElse(0L));
        }
    }
}
