package com.suanli.data.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new database is made by the baseline script B7 alone; a database an older desk made went through the V scripts
 * and migrates on through them. Both must end with the same schema, constraint names included (a later script may
 * name one), or a desk would behave differently on a database made today and one made last month. H2's own
 * description of each ({@code SCRIPT NODATA}) is compared statement by statement, in any order (H2 lists objects
 * in the order they were made).
 */
class BaselineSchemaTest {

    /** A baseline prefix no script has: Flyway then sees only the V scripts, as a desk before B7 did. */
    private static final Map<String, String> BEFORE_THE_BASELINE =
            Map.of("flyway.baselineMigrationPrefix", "NOT_A_BASELINE");

    @TempDir
    Path dir;

    @Test
    void a_new_database_runs_the_baseline_alone_and_gets_what_an_older_one_migrated_forward_has() throws Exception {
        StoreAddress made = StoreAddress.file(dir.resolve("new"));
        try (DeskStore store = DeskStore.open(made, FileKey.NONE)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.LATEST);
            assertThat(applied(store)).containsExactly("SQL_BASELINE B7__desk_schema.sql");
        }
        // An older desk's database at version 3, opened by this desk: migrated on by V4 to V7, not by the baseline.
        StoreAddress older = StoreAddress.file(dir.resolve("older"));
        Flyway.configure().dataSource(older.url() + DeskStore.DURABILITY, DeskStore.USER, "")
                .locations(SchemaMigrations.LOCATION).target("3").configuration(BEFORE_THE_BASELINE).load().migrate();
        try (DeskStore store = DeskStore.open(older, FileKey.NONE)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.LATEST);
            assertThat(applied(store)).containsExactly("SQL V1__desk_schema.sql", "SQL V2__exchange_journal.sql",
                    "SQL V3__user_roles.sql", "SQL V4__recorded_cash_and_progress.sql",
                    "SQL V5__snapshot_event_sequence.sql", "SQL V6__recorded_sessions.sql",
                    "SQL V7__compute_monitoring.sql");
        }

        assertThat(schema(made)).containsExactlyInAnyOrderElementsOf(schema(older));
    }

    private static List<String> applied(DeskStore store) {
        return store.transaction(c -> Sql.list(c, "SELECT \"type\" || ' ' || \"script\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"", row -> row.getString(1)));
    }

    /** The schema's statements, less the user's (its salt is drawn at random) and the row counts. */
    private static List<String> schema(StoreAddress address) throws Exception {
        try (Connection c = DriverManager.getConnection(address.url() + DeskStore.DURABILITY, DeskStore.USER, "")) {
            return Sql.list(c, "SCRIPT NODATA", row -> row.getString(1)).stream()
                    .filter(statement -> !statement.startsWith("CREATE USER") && !statement.startsWith("-- "))
                    .toList();
        }
    }
}
