package com.suanli.data.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.h2.api.ErrorCode;
import org.h2.engine.Constants;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An open desk database: created and migrated on first open (or copied from a {@link StoreTemplate} made
 * at the build), then the connections that repositories work on, each piece of work in one transaction. A
 * new local database is made whole under a working name before it takes its own; an existing one is backed
 * up next to itself before Flyway migrates it
 * ({@code NAME-before-migrating.zip}), since H2 cannot roll a half-run schema script back.
 *
 * <p>Durability: every connection runs with H2's {@code WRITE_DELAY=0}. H2's MVStore then writes the
 * changes of a transaction into the database file before {@code commit} returns (with the default delay
 * of 500 ms a background thread writes them later, and a commit can be lost with the process). Written
 * is not yet synced: the data is in the operating system's page cache, which survives the desk's process
 * being killed but not the machine losing power. {@link #sync()} ({@code CHECKPOINT SYNC}) forces it to
 * the device; work that must survive a power cut calls it after committing, as a journal does per batch.
 *
 * <p>And {@code MAX_COMPACT_TIME=0}: no compaction when the database closes. H2 2.3.232 compacts on close
 * without storing the layout it changed, then truncates the file; after a recovery from a crash that can
 * cut off a chunk the last layout still lists, and the next open falls back to an older version, silently
 * losing commits made before the crash and in the session that recovered it (docs/DATABASE.md).
 *
 * <p>And {@code DB_CLOSE_ON_EXIT=FALSE}: the store's owner closes it, last, after what writes to it. H2's own hook
 * closed it as soon as the JVM began to stop (a SIGTERM), under writers still running (the exchange's journaller),
 * whose last commits were then refused. A process that ends without closing it is like one killed, which
 * {@code WRITE_DELAY=0} survives.
 */
public final class DeskStore implements AutoCloseable {

    /** The database user the desk creates and connects as. */
    public static final String USER = "desk";

    /** Options every connection carries; see the class comment on durability. */
    static final String DURABILITY = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;DB_CLOSE_ON_EXIT=FALSE";

    private static final char[] USER_PASSWORD = new char[0];

    private final StoreAddress address;
    private final JdbcConnectionPool pool;
    /** Held open for the store's life, so that H2 keeps the database open between pieces of work. */
    private final Connection keeper;
    private final int schemaVersion;

    private DeskStore(StoreAddress address, JdbcConnectionPool pool, Connection keeper, int schemaVersion) {
        this.address = address;
        this.pool = pool;
        this.keeper = keeper;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens the database, creating a local one that does not exist, and migrates it to this desk's schema.
     * @param key the file key of an encrypted database, or {@link FileKey#NONE}
     * @throws StoreException saying why it cannot be opened (wrong key, in use, newer than this desk, ...)
     */
    public static DeskStore open(StoreAddress address, FileKey key) {
        return open(address, key, List.of(SchemaMigrations.LOCATION), SchemaMigrations.LATEST, null);
    }

    /**
     * The same, a new local database that is not encrypted being a copy of {@code template} (then migrated, if the
     * template is older than this desk, and adopted); one encrypted, or without a template made, as above.
     */
    public static DeskStore open(StoreAddress address, FileKey key, StoreTemplate template) {
        Objects.requireNonNull(template, "template");
        return open(address, key, List.of(SchemaMigrations.LOCATION), SchemaMigrations.LATEST, template);
    }

    /** Opens with other migration scripts: the tests' way to make a database newer than the desk. */
    static DeskStore open(StoreAddress address, FileKey key, List<String> migrations, int latest) {
        return open(address, key, migrations, latest, null);
    }

    private static DeskStore open(StoreAddress address, FileKey key, List<String> migrations, int latest,
                                  StoreTemplate template) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(key, "key");
        if (address.isLocal() && !Files.exists(address.dataFile())) {
            createWhole(address, key, migrations, latest, template);
        }
        return openMigrated(address, key, migrations, latest);
    }

    /** Opens the database (creating it if it is missing) and migrates it. */
    private static DeskStore openMigrated(StoreAddress address, FileKey key, List<String> migrations, int latest) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(dataSource(address, key));
        Connection keeper = null;
        try {
            keeper = pool.getConnection();
            Path backup = address.isLocal() ? address.file().resolveSibling(address.file().getFileName()
                    + "-before-migrating.zip") : null;
            int version = SchemaMigrations.bringUpToDate(pool, keeper, address.shown(), migrations, latest, backup);
            return new DeskStore(address, pool, keeper, version);
        } catch (SQLException e) {
            closeQuietly(keeper, pool);
            throw refusal(address, key, e);
        } catch (RuntimeException e) {
            closeQuietly(keeper, pool);
            throw e;
        }
    }

    /**
     * Creates a new local database under a working name and gives it its real name only once it is
     * migrated whole: a first start cut short (H2 commits each statement of a schema script on its own)
     * leaves no half-made database behind, only a working file the next start replaces. A copy of a template
     * is made its own (adopted) under the working name too.
     */
    private static void createWhole(StoreAddress address, FileKey key, List<String> migrations, int latest,
                                    StoreTemplate template) {
        createDirectoryFor(address);
        StoreAddress working = StoreAddress.file(address.file().resolveSibling(address.file().getFileName() + ".creating"));
        try {
            Files.deleteIfExists(working.dataFile());
            if (template != null && template.serves(key)) {
                template.copyTo(working.dataFile());
                try (DeskStore copy = openMigrated(working, key, migrations, latest)) {
                    template.adopt(copy);
                }
            } else {
                openMigrated(working, key, migrations, latest).close();
            }
            Files.move(working.dataFile(), address.dataFile(), StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another desk created it meanwhile: open that one.
        } catch (IOException e) {
            throw new StoreException("cannot create " + address + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(working.dataFile());
            } catch (IOException ignored) {
                // A left-over working file is replaced by the next first start.
            }
        }
    }

    static JdbcDataSource dataSource(StoreAddress address, FileKey key) {
        JdbcDataSource source = new JdbcDataSource();
        String url = address.url() + DURABILITY + (key.isPresent() ? ";CIPHER=AES" : "");
        source.setURL(url);
        source.setUser(USER);
        source.setPasswordChars(key.isPresent() ? key.withUserPassword(USER_PASSWORD) : USER_PASSWORD);
        return source;
    }

    private static void createDirectoryFor(StoreAddress address) {
        try {
            Files.createDirectories(address.file().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + address + ": " + e.getMessage(), e);
        }
    }

    /** H2's refusal in the words of the desk, and by its code. */
    static StoreException refusal(StoreAddress address, FileKey key, SQLException e) {
        StoreException.Refusal code = switch (e.getErrorCode()) {
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_PASSWORD_FORMAT -> key.isPresent()
                    ? StoreException.Refusal.WRONG_KEY : StoreException.Refusal.NEEDS_KEY;
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> key.isPresent()
                    ? StoreException.Refusal.WRONG_KEY_OR_NOT_A_DATABASE : StoreException.Refusal.UNREADABLE;
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> StoreException.Refusal.IN_USE;
            case ErrorCode.WRONG_USER_OR_PASSWORD -> StoreException.Refusal.USER_REFUSED;
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1,
                    ErrorCode.REMOTE_DATABASE_NOT_FOUND_1 -> StoreException.Refusal.NOT_FOUND;
            case ErrorCode.CONNECTION_BROKEN_1 -> StoreException.Refusal.UNREACHABLE;
            default -> null;
        };
        String reason = code == null ? firstLine(e.getMessage()) : switch (code) {
            case WRONG_KEY -> "wrong key, or the database is not encrypted";
            case NEEDS_KEY -> "the database is encrypted: give its key (" + FileKey.ENVIRONMENT + " or the prompt)";
            case WRONG_KEY_OR_NOT_A_DATABASE -> "wrong key, or the file is not a desk database";
            case UNREADABLE -> "not a readable H2 database; if it is encrypted, give its key (" + FileKey.ENVIRONMENT
                    + ")";
            case IN_USE -> "it is open in another process; to share one database between workstations, serve it"
                    + " with 'desk db-server'";
            case USER_REFUSED -> "the database refused user " + USER + " (not a desk database, or a wrong key)";
            case NOT_FOUND -> "no such database (a served database is created by starting its db-server)";
            case UNREACHABLE -> "cannot reach the database server";
        };
        String message = "cannot open database " + address + ": " + reason;
        return code == null ? new StoreException(message, e) : new StoreException(code, address.toString(), message, e);
    }

    public StoreAddress address() {
        return address;
    }

    /** The schema version the database is at: this desk's latest. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            return run(connection, work);
        } catch (SQLException e) {
            throw new StoreException(address + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Runs {@code work} as {@link #transaction} does, but every statement of it sees the database as it stood
     * at its first, whatever other connections commit meanwhile: H2's {@code SNAPSHOT} isolation, for work
     * that reads several tables another connection changes together (the journal and the snapshots its
     * prune deletes). A pooled connection reads at READ COMMITTED, where each statement sees what was
     * committed before it; and H2's REPEATABLE READ keeps only the rows already read, not the ones a
     * later statement reaches (phantoms), so a row pruned meanwhile is missing there too. The pool resets
     * a connection's auto-commit when it is given back, not its isolation: that is put back here.
     */
    public <T> T consistentRead(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            int pooled = connection.getTransactionIsolation();
            // Set while auto-commit is on: H2 commits the open transaction when the level changes.
            connection.setTransactionIsolation(Constants.TRANSACTION_SNAPSHOT);
            try {
                connection.setAutoCommit(false);
                return run(connection, work);
            } finally {
                connection.setTransactionIsolation(pooled);
            }
        } catch (SQLException e) {
            throw new StoreException(address + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The work in the connection's transaction: committed when it returns, rolled back when it throws. */
    private static <T> T run(Connection connection, SqlWork<T> work) throws SQLException {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * A connection of its own for a long-lived writer (the exchange host's sequencer), in manual commit
     * mode with the store's durability options; the caller closes it.
     */
    public Connection dedicatedConnection() {
        try {
            Connection connection = pool.getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new StoreException(address + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Forces what was committed to the storage device (H2's {@code CHECKPOINT SYNC}, an fsync). */
    public void sync() {
        transaction(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
            return null;
        });
    }

    @Override
    public void close() {
        closeQuietly(keeper, pool);
    }

    private static void closeQuietly(Connection keeper, JdbcConnectionPool pool) {
        try {
            if (keeper != null) {
                keeper.close();
            }
        } catch (SQLException ignored) {
            // Closing the last connection closes the database; a failure here leaves nothing to undo.
        } finally {
            pool.dispose();
        }
    }

    /** The first line of a message, trimmed: H2 and Flyway append the statement and more below it. */
    static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
