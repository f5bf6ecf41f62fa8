package com.suanli.data.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The whole database in one file and back. A backup is H2's {@code BACKUP TO}: a zip holding a
 * consistent copy of the database file, taken while the database is open and in use (an encrypted
 * database stays encrypted in it). A restore puts that file back under any name; it refuses to
 * replace an existing database unless told to, and checks the restored copy opens (with its key, and
 * no newer than this desk) before it replaces anything, so a bad backup leaves the old database as it was.
 */
public final class Backups {

    private Backups() {
    }

    /**
     * Writes a backup of the open database to {@code zip}. For a served database the file is written on
     * the server's machine, relative to the server's working directory unless absolute.
     */
    public static void backup(DeskStore store, Path zip) {
        Path target = zip.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new StoreException("backup: " + target + " exists already; choose another file");
        }
        store.transaction(connection -> {
            backUpTo(connection, target);
            return null;
        });
    }

    /** H2's online backup of the database behind {@code connection} into the zip {@code file}. */
    static void backUpTo(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        }
    }

    /**
     * Restores the backup {@code zip} as the local database {@code target}.
     * @param replace whether an existing database at {@code target} may be replaced
     * @throws StoreException when the file is not a desk backup, the target exists and may not be replaced,
     *     or the restored copy does not open; the target is then untouched
     */
    public static void restore(Path zip, StoreAddress target, FileKey key, boolean replace) {
        if (!target.isLocal()) {
            throw new StoreException("restore: " + target + " is served over TCP; restore on the server's machine");
        }
        if (Files.exists(target.dataFile())) {
            if (!replace) {
                throw new StoreException("restore: database " + target + " exists already; restore over it with --force");
            }
            refuseIfInUse(target);
        }
        if (!Files.isRegularFile(zip)) {
            throw new StoreException("restore: " + zip + ": no such file");
        }
        StoreAddress trial = StoreAddress.file(target.file().resolveSibling(target.file().getFileName() + ".restoring"));
        try {
            Files.createDirectories(target.file().getParent());
            extract(zip, trial.dataFile());
            // Opening migrates an older backup forward and refuses a newer one or a wrong key, before anything is replaced.
            DeskStore.open(trial, key).close();
            Files.move(trial.dataFile(), target.dataFile(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("restore: cannot put " + zip + " in place as " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(trial.dataFile());
        }
    }

    /** H2 holds a lock on the file of an open database; replacing it under a running desk would lose its work. */
    private static void refuseIfInUse(StoreAddress target) {
        try (FileChannel file = FileChannel.open(target.dataFile(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = file.tryLock();
            if (lock == null) {
                throw inUse(target);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(target);
        } catch (IOException e) {
            throw new StoreException("restore: cannot check " + target + ": " + e.getMessage(), e);
        }
    }

    private static StoreException inUse(StoreAddress target) {
        return new StoreException("restore: database " + target + " is open (a workstation or a db-server): close it first");
    }

    /** Copies the one database file of the backup to {@code file}. */
    private static void extract(Path zip, Path file) throws IOException {
        try (ZipFile backup = new ZipFile(zip.toFile())) {
            List<ZipEntry> databases = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> entries = backup.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(StoreAddress.FILE_SUFFIX)) {
                    databases.add(entry);
                }
            }
            if (databases.size() != 1) {
                throw new StoreException("restore: " + zip + " is not a desk backup: it holds " + databases.size()
                        + " database files (" + StoreAddress.FILE_SUFFIX + "), a backup holds one");
            }
            try (InputStream in = backup.getInputStream(databases.get(0))) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (ZipException e) {
            throw new StoreException("restore: " + zip + " is not a desk backup (not a zip file)", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A left-over trial copy is harmless: the next restore replaces it.
        }
    }
}
