package com.suanli.data.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings a desk database to this application's schema with Flyway: the versioned scripts under
 * {@value #LOCATION}. A database already at {@link #LATEST} is checked with one query and Flyway is not
 * even loaded, so only a first start (or the first start of a newer desk) pays for migrating; a new database
 * runs the baseline script there alone (B7, what V1 to V7 make), an older one the V scripts it lacks. A
 * database that a newer desk migrated further is refused: this desk would misread what it does not know.
 */
final class SchemaMigrations {

    /** The highest version among the scripts under {@link #LOCATION}; a test holds the two together. */
    static final int LATEST = 7;

    static final String LOCATION = "classpath:com/suanli/data/store/migration";

    /** Flyway's record of what it applied, in the schema it migrates. */
    private static final String HISTORY = "\"flyway_schema_history\"";

    /**
     * Flyway logs through java.util.logging here. Its progress is no news to a trader, and a failure
     * reaches them once, as the {@link StoreException} that names the database and the reason.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private SchemaMigrations() {
    }

    /**
     * Migrates the database behind {@code data} to the highest version of {@code locations}.
     * @param keeper an open connection to the same database, for the quick check
     * @param latest the highest version among {@code locations}
     * @param backup where an existing database is backed up before it is migrated (replacing an older
     *     backup there), or null for none (a served database: its file is the server's)
     * @return the schema version the database is at
     * @throws StoreException when the database is newer than {@code latest} or a migration fails
     */
    static int bringUpToDate(DataSource data, Connection keeper, String database, List<String> locations, int latest,
                             Path backup) throws SQLException {
        Applied applied = applied(keeper);
        if (applied.version() > latest) {
            throw newer(database, applied.version(), latest);
        }
        if (applied.version() == latest && applied.allSucceeded()) {
            return latest;
        }
        FLYWAY_LOG.setLevel(Level.OFF);
        Flyway flyway = Flyway.configure()
                .dataSource(data)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                .load();
        try {
            // A new database has nothing applied, newer or not: Flyway's survey of it would be work for nothing.
            if (applied.version() > 0) {
                refuseNewer(flyway, database, latest);
                if (backup != null) {
                    backUp(keeper, backup);
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate " + database + " to schema version " + latest + ": "
                    + DeskStore.firstLine(e.getMessage()), e);
        }
        return applied(keeper).version();
    }

    /** Refuses a database that a newer desk migrated further (a version this desk has no script for). */
    private static void refuseNewer(Flyway flyway, String database, int latest) {
        for (MigrationInfo migration : flyway.info().applied()) {
            if (migration.getState() == MigrationState.FUTURE_SUCCESS
                    || migration.getState() == MigrationState.FUTURE_FAILED) {
                throw newer(database, Integer.parseInt(migration.getVersion().getVersion()), latest);
            }
        }
    }

    private static void backUp(Connection keeper, Path backup) throws SQLException {
        try {
            Files.deleteIfExists(backup);
        } catch (IOException e) {
            throw new StoreException("cannot replace the backup " + backup + " before migrating: " + e.getMessage(), e);
        }
        Backups.backUpTo(keeper, backup);
    }

    private static StoreException newer(String database, int found, int latest) {
        return new StoreException("database " + database + " is at schema version " + found
                + ", newer than this desk knows (" + latest + "): open it with the desk that wrote it,"
                + " or restore a backup made by this version");
    }

    /** The highest version applied and whether every migration succeeded; version 0 for a new database. */
    private static Applied applied(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet history = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
                history.next();
                if (history.getInt(1) == 0) {
                    return new Applied(0, true);
                }
            }
            int version = 0;
            boolean succeeded = true;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT \"version\", \"success\" FROM " + HISTORY + " WHERE \"version\" IS NOT NULL")) {
                while (rows.next()) {
                    version = Math.max(version, Integer.parseInt(rows.getString(1)));
                    succeeded &= rows.getBoolean(2);
                }
            }
            return new Applied(version, succeeded);
        }
    }

    private record Applied(int version, boolean allSucceeded) {
    }
}
