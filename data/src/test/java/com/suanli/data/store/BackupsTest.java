package com.suanli.data.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void a_backup_restored_under_another_name_holds_what_the_database_held() {
        StoreAddress desk = StoreAddress.file(dir.resolve("desk"));
        Path zip = dir.resolve("desk-backup.zip");
        try (DeskStore store = DeskStore.open(desk, FileKey.NONE)) {
            addFirm(store, "SCC", "Shanghai Compute Clearing");
            Backups.backup(store, zip);
            // Work after the backup is not in it.
            addFirm(store, "LATE", "after the backup");
        }
        StoreAddress copy = StoreAddress.file(dir.resolve("restored/desk-copy"));

        Backups.restore(zip, copy, FileKey.NONE, false);

        try (DeskStore store = DeskStore.open(copy, FileKey.NONE)) {
            assertThat(firms(store)).containsExactly("Shanghai Compute Clearing");
        }
    }

    @Test
    void restore_does_not_replace_an_existing_database_unless_forced() {
        StoreAddress desk = StoreAddress.file(dir.resolve("desk"));
        Path zip = dir.resolve("backup.zip");
        try (DeskStore store = DeskStore.open(desk, FileKey.NONE)) {
            addFirm(store, "OLD", "in the backup");
            Backups.backup(store, zip);
            addFirm(store, "NEW", "since the backup");
        }

        assertThatThrownBy(() -> Backups.restore(zip, desk, FileKey.NONE, false))
                .isInstanceOf(StoreException.class)
                .hasMessage("restore: database " + desk + " exists already; restore over it with --force");
        try (DeskStore store = DeskStore.open(desk, FileKey.NONE)) {
            assertThat(firms(store)).containsExactlyInAnyOrder("in the backup", "since the backup");
        }

        Backups.restore(zip, desk, FileKey.NONE, true);
        try (DeskStore store = DeskStore.open(desk, FileKey.NONE)) {
            assertThat(firms(store)).containsExactly("in the backup");
        }
    }

    @Test
    void restore_refuses_to_replace_a_database_that_is_open() {
        StoreAddress desk = StoreAddress.file(dir.resolve("desk"));
        Path zip = dir.resolve("backup.zip");
        try (DeskStore store = DeskStore.open(desk, FileKey.NONE)) {
            Backups.backup(store, zip);

            assertThatThrownBy(() -> Backups.restore(zip, desk, FileKey.NONE, true))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is open (a workstation or a db-server): close it first");
        }
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_and_creates_nothing() throws IOException {
        StoreAddress target = StoreAddress.file(dir.resolve("target"));
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        Path empty = dir.resolve("empty.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(empty))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
        }

        assertThatThrownBy(() -> Backups.restore(text, target, FileKey.NONE, false))
                .hasMessage("restore: " + text + " is not a desk backup (not a zip file)");
        assertThatThrownBy(() -> Backups.restore(empty, target, FileKey.NONE, false))
                .hasMessage("restore: " + empty + " is not a desk backup: it holds 0 database files (.mv.db), a backup holds one");
        assertThatThrownBy(() -> Backups.restore(dir.resolve("none.zip"), target, FileKey.NONE, false))
                .hasMessage("restore: " + dir.resolve("none.zip") + ": no such file");
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("notes.zip", "empty.zip");
        }
    }

    @Test
    void a_backup_from_a_newer_desk_is_refused_and_the_database_stays_as_it_was() {
        StoreAddress newer = StoreAddress.file(dir.resolve("newer"));
        Path zip = dir.resolve("newer.zip");
        try (DeskStore store = DeskStore.open(newer, FileKey.NONE,
                List.of(SchemaMigrations.LOCATION, "classpath:com/suanli/data/store/future"), SchemaMigrations.LATEST + 1)) {
            Backups.backup(store, zip);
        }
        StoreAddress desk = StoreAddress.file(dir.resolve("desk"));
        try (DeskStore store = DeskStore.open(desk, FileKey.NONE)) {
            addFirm(store, "KEEP", "kept");
        }

        assertThatThrownBy(() -> Backups.restore(zip, desk, FileKey.NONE, true))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer than this desk knows");
        try (DeskStore store = DeskStore.open(desk, FileKey.NONE)) {
            assertThat(firms(store)).containsExactly("kept");
        }
    }

    @Test
    void an_encrypted_database_backs_up_encrypted_and_restores_with_its_key() {
        FileKey key = FileKey.of("correct-horse".toCharArray());
        StoreAddress desk = StoreAddress.file(dir.resolve("secret"));
        Path zip = dir.resolve("secret.zip");
        try (DeskStore store = DeskStore.open(desk, key)) {
            addFirm(store, "SCC", "Shanghai Compute Clearing");
            Backups.backup(store, zip);
        }
        StoreAddress copy = StoreAddress.file(dir.resolve("copy"));

        assertThatThrownBy(() -> Backups.restore(zip, copy, FileKey.NONE, false)).hasMessageContaining("give its key");
        assertThat(copy.dataFile()).doesNotExist();
        Backups.restore(zip, copy, key, false);
        try (DeskStore store = DeskStore.open(copy, key)) {
            assertThat(firms(store)).containsExactly("Shanghai Compute Clearing");
        }
    }

    private static void addFirm(DeskStore store, String code, String name) {
        store.transaction(c -> Sql.update(c, "INSERT INTO firms VALUES (?, ?, 'CLIENT')", code, name));
    }

    private static List<String> firms(DeskStore store) {
        return store.transaction(c -> Sql.list(c, "SELECT name FROM firms ORDER BY firm_code DESC", row -> row.getString(1)));
    }
}
