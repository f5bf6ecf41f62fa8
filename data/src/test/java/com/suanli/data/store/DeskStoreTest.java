package com.suanli.data.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskStoreTest {

    private static final String FUTURE_MIGRATIONS = "classpath:com/suanli/data/store/future";
    /** A text that must not appear in the file of an encrypted database. */
    private static final String KNOWN_PLAINTEXT = "Shanghai Compute Clearing Partners Ltd";

    @TempDir
    Path dir;

    @Test
    void first_open_creates_the_database_file_and_migrates_it_to_the_latest_schema() {
        StoreAddress address = StoreAddress.file(dir.resolve("new/folder/desk"));

        try (DeskStore store = DeskStore.open(address, FileKey.NONE)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.LATEST);
            assertThat(tables(store)).contains("CONTRACTS", "ORDERS", "TRADES", "CASH_LEDGER", "USERS",
                    "FORWARD_QUOTES", "VOL_POINTS", "SCENARIO_RESULTS", "GREEN_CERTIFICATES", "USER_SETTINGS");
            assertThat(views(store)).contains("TODAYS_TRADES", "POSITIONS_BY_ACCOUNT", "MARGIN_BY_FIRM");
        }
        assertThat(address.dataFile()).exists().hasFileName("desk.mv.db");
    }

    @Test
    void what_was_committed_is_there_when_the_database_is_opened_again() {
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        try (DeskStore store = DeskStore.open(address, FileKey.NONE)) {
            store.transaction(c -> Sql.update(c, "INSERT INTO firms VALUES ('SCC', ?, 'CLEARING_MEMBER')", KNOWN_PLAINTEXT));
        }

        try (DeskStore store = DeskStore.open(address, FileKey.NONE)) {
            assertThat(firmNames(store)).containsExactly(KNOWN_PLAINTEXT);
        }
    }

    @Test
    void work_that_fails_leaves_nothing_behind() {
        try (DeskStore store = DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE)) {
            assertThatThrownBy(() -> store.transaction(c -> {
                Sql.update(c, "INSERT INTO firms VALUES ('A', 'first', 'CLIENT')");
                return Sql.update(c, "INSERT INTO firms VALUES ('A', 'the same code again', 'CLIENT')");
            })).isInstanceOf(StoreException.class).hasMessageContaining("Unique index or primary key violation");

            assertThat(firmNames(store)).isEmpty();
        }
    }

    @Test
    void a_consistent_read_sees_no_table_change_committed_after_its_first_statement_and_gives_its_connection_back_as_it_was() {
        try (DeskStore store = DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE)) {
            store.transaction(c -> Sql.update(c, "INSERT INTO firms VALUES ('A', 'kept', 'CLIENT')"));
            List<String> read = store.consistentRead(c -> {
                List<String> before = Sql.list(c, "SELECT firm_code FROM firms", row -> row.getString(1));
                // Another connection deletes the firm read and adds a row to a table not read yet, and commits.
                store.transaction(other -> Sql.update(other, "DELETE FROM firms")
                        + Sql.update(other, "INSERT INTO recorder_progress VALUES ('late', 1)"));
                return Stream.concat(before.stream(), Sql.list(c,
                        "SELECT firm_code FROM firms UNION ALL SELECT recorder FROM recorder_progress",
                        row -> row.getString(1)).stream()).toList();
            });
            assertThat(read).containsExactly("A", "A");
            assertThat(firmNames(store)).isEmpty();
            int isolation = store.transaction(Connection::getTransactionIsolation);
            assertThat(isolation)
                    .as("the pooled connection reads at READ COMMITTED again").isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    @Test
    void every_connection_writes_a_commit_to_the_file_at_once() {
        try (DeskStore store = DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE)) {
            List<String> delays = store.transaction(c -> Sql.list(c,
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'",
                    row -> row.getString(1)));
            assertThat(delays).isNotEmpty().containsOnly("0");
        }
    }

    @Test
    void closing_never_compacts_the_file() {
        try (DeskStore store = DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE)) {
            List<String> compactTimes = store.transaction(c -> Sql.list(c,
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MAX_COMPACT_TIME'",
                    row -> row.getString(1)));
            assertThat(compactTimes).containsExactly("0");
        }
    }

    @Test
    void a_database_migrated_by_a_newer_desk_is_refused_with_both_versions_named() {
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        DeskStore.open(address, FileKey.NONE, List.of(SchemaMigrations.LOCATION, FUTURE_MIGRATIONS),
                SchemaMigrations.LATEST + 1).close();

        assertThatThrownBy(() -> DeskStore.open(address, FileKey.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessage("database " + address + " is at schema version " + (SchemaMigrations.LATEST + 1)
                        + ", newer than this desk knows (" + SchemaMigrations.LATEST + "): open it with the desk"
                        + " that wrote it, or restore a backup made by this version");
    }

    @Test
    void an_older_database_is_migrated_forward_keeping_its_data() {
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        try (DeskStore store = DeskStore.open(address, FileKey.NONE)) {
            store.transaction(c -> Sql.update(c, "INSERT INTO firms VALUES ('SCC', 'old firm', 'CLIENT')"));
        }

        try (DeskStore store = DeskStore.open(address, FileKey.NONE,
                List.of(SchemaMigrations.LOCATION, FUTURE_MIGRATIONS), SchemaMigrations.LATEST + 1)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.LATEST + 1);
            List<String> firms = store.transaction(c -> Sql.list(c, "SELECT name, country FROM firms",
                    row -> row.getString(1) + "/" + row.getString(2)));
            assertThat(firms).containsExactly("old firm/null");
        }

        // The database as it was before migrating is kept beside it, and restores as it was.
        StoreAddress before = StoreAddress.file(dir.resolve("before"));
        Backups.restore(dir.resolve("desk-before-migrating.zip"), before, FileKey.NONE, false);
        try (DeskStore store = DeskStore.open(before, FileKey.NONE)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.LATEST);
            assertThat(firmNames(store)).containsExactly("old firm");
        }
    }

    @Test
    void a_first_start_that_fails_halfway_leaves_no_half_made_database() {
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));

        assertThatThrownBy(() -> DeskStore.open(address, FileKey.NONE,
                List.of("classpath:com/suanli/data/store/broken"), 1))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot migrate");

        assertThat(address.dataFile()).doesNotExist();
        assertThat(dir.resolve("desk.creating.mv.db")).doesNotExist();
        try (DeskStore store = DeskStore.open(address, FileKey.NONE)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.LATEST);
            assertThat(tables(store)).doesNotContain("MADE_BEFORE_THE_FAILURE");
        }
    }

    @Test
    void latest_is_the_highest_version_among_the_migration_scripts() throws IOException, URISyntaxException {
        URL folder = SchemaMigrations.class.getResource("migration");
        Pattern script = Pattern.compile("([VB])(\\d+)__[a-z0-9_]+\\.sql");
        int highest = 0;
        int baseline = 0;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            for (Path file : files.toList()) {
                Matcher name = script.matcher(file.getFileName().toString());
                assertThat(name.matches()).as("script name %s", file.getFileName()).isTrue();
                int version = Integer.parseInt(name.group(2));
                if (name.group(1).equals("V")) {
                    highest = Math.max(highest, version);
                } else {
                    baseline = Math.max(baseline, version);
                }
            }
        }
        assertThat(SchemaMigrations.LATEST).isEqualTo(highest);
        assertThat(baseline).as("the baseline's version").isBetween(1, SchemaMigrations.LATEST);
    }

    @Test
    void an_encrypted_database_file_does_not_contain_what_was_stored_in_it() throws IOException {
        StoreAddress plain = StoreAddress.file(dir.resolve("plain"));
        StoreAddress secret = StoreAddress.file(dir.resolve("secret"));
        for (StoreAddress address : List.of(plain, secret)) {
            FileKey key = address == secret ? FileKey.of("correct-horse".toCharArray()) : FileKey.NONE;
            try (DeskStore store = DeskStore.open(address, key)) {
                store.transaction(c -> Sql.update(c, "INSERT INTO firms VALUES ('SCC', ?, 'CLIENT')", KNOWN_PLAINTEXT));
            }
        }

        // The control: without a key the same text is in the file as written.
        assertThat(contains(plain.dataFile(), KNOWN_PLAINTEXT)).isTrue();
        assertThat(contains(secret.dataFile(), KNOWN_PLAINTEXT)).isFalse();
        assertThat(contains(secret.dataFile(), "correct-horse")).isFalse();
        try (DeskStore store = DeskStore.open(secret, FileKey.of("correct-horse".toCharArray()))) {
            assertThat(firmNames(store)).containsExactly(KNOWN_PLAINTEXT);
        }
    }

    @Test
    void an_encrypted_database_refuses_a_wrong_key_and_a_missing_one_saying_so() {
        StoreAddress secret = StoreAddress.file(dir.resolve("secret"));
        DeskStore.open(secret, FileKey.of("correct-horse".toCharArray())).close();

        assertThatThrownBy(() -> DeskStore.open(secret, FileKey.of("battery-staple".toCharArray())))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot open database " + secret + ": wrong key, or the database is not encrypted")
                .satisfies(refused -> assertThat(((StoreException) refused).refusal())
                        .contains(StoreException.Refusal.WRONG_KEY));
        assertThatThrownBy(() -> DeskStore.open(secret, FileKey.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open database " + secret + ": ")
                .hasMessageContaining("give its key")
                .satisfies(refused -> assertThat(((StoreException) refused).refusal())
                        .as("H2 reads an encrypted file without its key as unreadable")
                        .contains(StoreException.Refusal.UNREADABLE));
    }

    /** H2 says so (its code 90020) when another process holds the file: H2 in one JVM shares a database instead. */
    @Test
    void a_database_open_in_another_process_is_refused_by_that_code_with_its_address() {
        StoreAddress busy = StoreAddress.file(dir.resolve("busy"));

        StoreException refused = DeskStore.refusal(busy, FileKey.NONE, new SQLException(
                "Database may be already in use: null. Possible solutions: close all other connection(s)", "90020",
                ErrorCode.DATABASE_ALREADY_OPEN_1));

        assertThat(refused.refusal()).contains(StoreException.Refusal.IN_USE);
        assertThat(refused.database()).isEqualTo(busy.toString());
        assertThat(refused).hasMessage("cannot open database " + busy + ": it is open in another process; to share one"
                + " database between workstations, serve it with 'desk db-server'");
        assertThat(new StoreException("no code").refusal()).isEmpty();
    }

    @Test
    void a_key_comes_from_the_environment_and_never_shows_in_text() {
        FileKey key = FileKey.fromEnvironment(java.util.Map.of(FileKey.ENVIRONMENT, "s3cret"));

        assertThat(key.isPresent()).isTrue();
        assertThat(key.toString()).doesNotContain("s3cret");
        assertThat(FileKey.fromEnvironment(java.util.Map.of()).isPresent()).isFalse();
        assertThatThrownBy(() -> FileKey.of("two words".toCharArray())).hasMessage("file key: must not contain a space");
    }

    @Test
    void two_workstations_share_one_database_through_the_server_over_loopback() {
        try (DatabaseServer server = DatabaseServer.start(dir.resolve("shared"), FileKey.NONE, 0, false)) {
            StoreAddress remote = StoreAddress.parse("tcp://localhost:" + server.port() + "/shared", dir);
            assertThat(remote).isEqualTo(server.address());
            try (DeskStore first = DeskStore.open(remote, FileKey.NONE);
                 DeskStore second = DeskStore.open(remote, FileKey.NONE)) {
                first.transaction(c -> Sql.update(c, "INSERT INTO firms VALUES ('SCC', 'from the first', 'CLIENT')"));

                assertThat(firmNames(second)).containsExactly("from the first");
            }
        }
    }

    @Test
    void a_served_database_that_does_not_exist_is_not_created_by_a_client() {
        try (DatabaseServer server = DatabaseServer.start(dir.resolve("shared"), FileKey.NONE, 0, false)) {
            StoreAddress typo = StoreAddress.server("localhost", server.port(), "shraed");

            assertThatThrownBy(() -> DeskStore.open(typo, FileKey.NONE))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("cannot open database " + typo + ": no such database");
        }
        assertThat(dir.resolve("shraed.mv.db")).doesNotExist();
    }

    @Test
    void db_option_reads_a_path_or_a_server_address() {
        assertThat(StoreAddress.parse("desks/mine", dir).file()).isEqualTo(dir.resolve("desks/mine"));
        assertThat(StoreAddress.parse("/data/desk.mv.db", dir).file()).isEqualTo(Path.of("/data/desk"));
        assertThat(StoreAddress.parse("tcp://desk-server/desk", dir).url()).isEqualTo("jdbc:h2:tcp://desk-server:9092/desk");
        assertThatThrownBy(() -> StoreAddress.parse("tcp://nohost", dir)).hasMessage("--db: 'tcp://nohost' is not tcp://host[:port]/name");
    }

    private static List<String> firmNames(DeskStore store) {
        return store.transaction(c -> Sql.list(c, "SELECT name FROM firms ORDER BY firm_code", row -> row.getString(1)));
    }

    private static List<String> tables(DeskStore store) {
        return names(store, "BASE TABLE");
    }

    private static List<String> views(DeskStore store) {
        return names(store, "VIEW");
    }

    private static List<String> names(DeskStore store, String type) {
        return store.transaction(c -> Sql.list(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = ?", row -> row.getString(1), type));
    }

    private static boolean contains(Path file, String text) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

}
