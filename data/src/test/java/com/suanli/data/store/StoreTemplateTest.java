package com.suanli.data.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new database copied from a template made ahead: at this desk's schema, with what the template holds and what
 * the copy adopted, made whole or not at all; an encrypted one, or one without a template, made as before.
 */
class StoreTemplateTest {

    private static final SqlWork<Integer> A_FIRM = c -> Sql.update(c,
            "INSERT INTO firms (firm_code, name, role) VALUES ('TPL', 'In the template', 'CLIENT')");
    private static final SqlWork<Integer> RENAMED = c -> Sql.update(c,
            "UPDATE firms SET name = 'This desk''s own' WHERE firm_code = 'TPL'");

    @TempDir
    Path dir;

    @Test
    void a_new_database_is_a_copy_of_the_template_made_its_own() throws Exception {
        URL made = template();
        assertThat(dir.resolve("template-making.mv.db")).doesNotExist();

        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        try (DeskStore store = DeskStore.open(address, FileKey.NONE, StoreTemplate.at(() -> made, RENAMED))) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.LATEST);
            assertThat(firmName(store)).isEqualTo("This desk's own");
        }
        assertThat(dir.resolve("desk.creating.mv.db")).doesNotExist();
        // The template itself is left as it was made, for the next desk.
        try (DeskStore template = DeskStore.open(StoreAddress.file(dir.resolve("template")), FileKey.NONE)) {
            assertThat(firmName(template)).isEqualTo("In the template");
        }
    }

    @Test
    void an_existing_database_is_opened_as_it_is_without_looking_for_the_template() throws Exception {
        URL made = template();
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        DeskStore.open(address, FileKey.NONE).close();
        AtomicInteger lookedUp = new AtomicInteger();

        try (DeskStore store = DeskStore.open(address, FileKey.NONE, StoreTemplate.at(() -> {
            lookedUp.incrementAndGet();
            return made;
        }, RENAMED))) {
            assertThat(firms(store)).isZero();
        }
        assertThat(lookedUp).hasValue(0);
    }

    @Test
    void a_template_of_an_older_schema_is_migrated_forward_keeping_what_it_holds() throws Exception {
        StoreAddress older = StoreAddress.file(dir.resolve("older"));
        Flyway.configure().dataSource(older.url() + DeskStore.DURABILITY, DeskStore.USER, "")
                .locations(SchemaMigrations.LOCATION).target("3")
                .configuration(Map.of("flyway.baselineMigrationPrefix", "NOT_A_BASELINE")).load().migrate();
        try (var c = DeskStore.dataSource(older, FileKey.NONE).getConnection()) {
            A_FIRM.run(c);
        }

        StoreAddress address = StoreAddress.file(dir.resolve("desk"));
        URL olderFile = url(older.dataFile());
        try (DeskStore store = DeskStore.open(address, FileKey.NONE, StoreTemplate.at(() -> olderFile, RENAMED))) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.LATEST);
            assertThat(firmName(store)).isEqualTo("This desk's own");
        }
    }

    @Test
    void an_encrypted_database_and_a_desk_without_a_template_are_created_as_before() throws Exception {
        URL made = template();

        StoreAddress secret = StoreAddress.file(dir.resolve("secret"));
        try (DeskStore store = DeskStore.open(secret, FileKey.of("correct-horse".toCharArray()),
                StoreTemplate.at(() -> made, RENAMED))) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.LATEST);
            assertThat(firms(store)).isZero();
        }
        StoreAddress plain = StoreAddress.file(dir.resolve("plain"));
        try (DeskStore store = DeskStore.open(plain, FileKey.NONE, StoreTemplate.at(() -> null, RENAMED))) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.LATEST);
            assertThat(firms(store)).isZero();
        }
    }

    @Test
    void a_first_start_cut_short_while_adopting_leaves_no_database_and_the_next_start_makes_it() throws Exception {
        URL made = template();
        StoreAddress address = StoreAddress.file(dir.resolve("desk"));

        assertThatThrownBy(() -> DeskStore.open(address, FileKey.NONE, StoreTemplate.at(() -> made, c -> {
            RENAMED.run(c);
            throw new IllegalStateException("cut short");
        }))).hasMessage("cut short");
        assertThat(address.dataFile()).doesNotExist();
        assertThat(dir.resolve("desk.creating.mv.db")).doesNotExist();

        try (DeskStore store = DeskStore.open(address, FileKey.NONE, StoreTemplate.at(() -> made, RENAMED))) {
            assertThat(firmName(store)).isEqualTo("This desk's own");
        }
    }

    @Test
    void a_template_is_made_as_a_data_file() {
        assertThatThrownBy(() -> StoreTemplate.make(dir.resolve("template.db"), A_FIRM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dataFile: must end in .mv.db, was template.db");
    }

    /** A template at {@code dir/template.mv.db} holding {@link #A_FIRM}. */
    private URL template() throws MalformedURLException {
        Path made = dir.resolve("template.mv.db");
        StoreTemplate.make(made, A_FIRM);
        return url(made);
    }

    private static URL url(Path file) throws MalformedURLException {
        return file.toUri().toURL();
    }

    private static String firmName(DeskStore store) {
        return store.transaction(c -> Sql.one(c, "SELECT name FROM firms WHERE firm_code = 'TPL'",
                row -> row.getString(1)).orElseThrow());
    }

    private static long firms(DeskStore store) {
        return store.transaction(c -> Sql.one(c, "SELECT COUNT(*) FROM firms", row -> row.getLong(1)).orElseThrow());
    }
}
