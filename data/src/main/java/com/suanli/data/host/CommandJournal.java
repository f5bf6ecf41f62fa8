package com.suanli.data.host;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.StoreException;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.journal.CommandDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.h2.value.ValueVarbinary;

/**
 * The command journal and the snapshots in the desk database (tables {@code command_journal} and
 * {@code engine_snapshots}, migration V2). A journal row is one group-committed batch: its commands'
 * encodings back to back, numbered {@code first_sequence} to {@code last_sequence}.
 */
final class CommandJournal {

    /**
     * The journal sequence of the newest snapshot the slowest recorder can start from (0, keep all, when
     * none is early enough; no limit when no recorder keeps progress).
     */
    private static final String RECORDERS_SNAPSHOT = "(SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM recorder_progress)"
            + " THEN " + Long.MAX_VALUE + " ELSE COALESCE((SELECT MAX(journal_sequence) FROM engine_snapshots"
            + " WHERE event_sequence <= (SELECT MIN(last_sequence) FROM recorder_progress)), 0) END)";

    private static final String APPEND =
            "INSERT INTO command_journal (first_sequence, last_sequence, commands) VALUES (?, ?, ?)";

    /** One journalled command, as replay hands it over. */
    interface Replayed {
        void accept(long sequence, Command command);
    }

    /** A stored snapshot and the journal sequence of the last command it includes. */
    record StoredSnapshot(long sequence, byte[] bytes) {
    }

    private CommandJournal() {
    }

    /** The sequencer's writer: one connection and one prepared insert for the host's life. */
    static final class Appender implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement insert;
        private final Statement checkpoint;
        /** The database file, opened only to fsync it: Linux flushes a file's pages whatever descriptor asks. */
        private final FileChannel file;
        private final Durability durability;

        Appender(DeskStore store, Durability durability) {
            this.connection = store.dedicatedConnection();
            this.durability = durability;
            try {
                this.insert = connection.prepareStatement(APPEND);
                this.checkpoint = connection.createStatement();
                this.file = durability == Durability.SYNCED && store.address().isLocal()
                        ? FileChannel.open(store.address().dataFile(), StandardOpenOption.READ) : null;
            } catch (SQLException | IOException e) {
                close();
                throw new StoreException("journal: " + e.getMessage(), e);
            }
        }

        /** Commits one batch and, when asked for, forces it to the device; returns when it is durable. */
        void append(long first, long last, byte[] commands, int length) throws SQLException {
            insert.setLong(1, first);
            insert.setLong(2, last);
            // As bytes, not a stream: H2 makes a stream into a temporary LOB (written to its LOB maps, then read
            // back to fit the VARBINARY column), which tripled the bytes allocated per batch (docs/BENCHMARKS.md).
            // And as H2's own value over our copy: setBytes would copy the copy again (ValueVarbinary.get clones).
            insert.setObject(3, ValueVarbinary.getNoCopy(Arrays.copyOf(commands, length)));
            insert.executeUpdate();
            connection.commit();
            if (durability == Durability.SYNCED) {
                sync();
            }
        }

        /**
         * The commit wrote the batch into the file (WRITE_DELAY=0); an fsync of the file makes it survive
         * a power cut. A served database's file is not ours to open: there H2 syncs it (CHECKPOINT SYNC,
         * which also writes a checkpoint and costs more).
         */
        private void sync() throws SQLException {
            if (file == null) {
                checkpoint.execute("CHECKPOINT SYNC");
                return;
            }
            try {
                file.force(false);
            } catch (IOException e) {
                throw new SQLException("journal: cannot sync " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
                if (file != null) {
                    file.close();
                }
            } catch (SQLException | IOException ignored) {
                // Nothing is left to undo once the last batch committed.
            }
        }
    }

    /** The journal sequence of the last command journalled, 0 for an empty journal. */
    static long lastSequence(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COALESCE(MAX(last_sequence), 0) FROM command_journal")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Sequence numbers journalled more than once: each row's range counted against the rows before it.
     * Rows are read in order of their first sequence, so a number is duplicated exactly when a row starts
     * at or before the highest number seen so far.
     */
    static long duplicatedSequences(Connection c) throws SQLException {
        long duplicated = 0;
        long highest = 0;
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT first_sequence, last_sequence FROM command_journal"
                     + " ORDER BY first_sequence")) {
            while (rows.next()) {
                long first = rows.getLong(1);
                long last = rows.getLong(2);
                if (first <= highest) {
                    duplicated += Math.min(last, highest) - first + 1;
                }
                highest = Math.max(highest, last);
            }
        }
        return duplicated;
    }

    /** Hands over, in order, every journalled command numbered after {@code after}. */
    static void replay(Connection c, long after, Replayed target) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT first_sequence, last_sequence, commands"
                + " FROM command_journal WHERE last_sequence > ? ORDER BY first_sequence")) {
            s.setLong(1, after);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    long first = rows.getLong(1);
                    long last = rows.getLong(2);
                    ByteBuffer commands = ByteBuffer.wrap(rows.getBytes(3));
                    for (long sequence = first; sequence <= last; sequence++) {
                        Command command = CommandDecoder.decode(commands);
                        if (sequence > after) {
                            target.accept(sequence, command);
                        }
                    }
                    if (commands.hasRemaining()) {
                        throw new IllegalStateException("journal row " + first + ".." + last + ": "
                                + commands.remaining() + " bytes after its last command");
                    }
                }
            }
        }
    }

    /** The newest snapshot, if any was stored. */
    static Optional<StoredSnapshot> latestSnapshot(Connection c) throws SQLException {
        return snapshot(c, "DESC");
    }

    /** The oldest snapshot kept, if any: the start of the journal once it was pruned. */
    static Optional<StoredSnapshot> oldestSnapshot(Connection c) throws SQLException {
        return snapshot(c, "ASC");
    }

    private static Optional<StoredSnapshot> snapshot(Connection c, String order) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT journal_sequence, snapshot FROM engine_snapshots"
                     + " ORDER BY journal_sequence " + order + " LIMIT 1")) {
            if (!rows.next()) {
                return Optional.empty();
            }
            try (InputStream in = rows.getBinaryStream(2)) {
                return Optional.of(new StoredSnapshot(rows.getLong(1), in.readAllBytes()));
            } catch (IOException e) {
                throw new SQLException("snapshot " + rows.getLong(1) + ": " + e.getMessage(), e);
            }
        }
    }

    /** The journal sequence of the first command kept, 0 for an empty journal. */
    static long firstSequence(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COALESCE(MIN(first_sequence), 0) FROM command_journal")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Stores a snapshot and, in the same transaction, drops what it makes obsolete: snapshots older than
     * the one before it, and the journal rows the older of the two kept snapshots covers. Recovery needs
     * only the newest snapshot and the journal after it; the older snapshot and the journal after it
     * stay as a second way to the same state (the check's, and a fallback should the newest be damaged).
     * A recorder behind the stream ({@code recorder_progress}) keeps more: the newest snapshot at or
     * before its last event and the journal after it, so it can always make its missing events again.
     * @param events the last event sequence the snapshot contains
     */
    static void storeSnapshot(DeskStore store, long sequence, long events, byte[] bytes) {
        store.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO engine_snapshots (journal_sequence, taken_at,"
                    + " snapshot, event_sequence) VALUES (?, ?, ?, ?)")) {
                s.setLong(1, sequence);
                s.setObject(2, OffsetDateTime.now());
                s.setBinaryStream(3, new ByteArrayInputStream(bytes), bytes.length);
                s.setLong(4, events);
                s.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM engine_snapshots WHERE journal_sequence < LEAST("
                        + "(SELECT MIN(journal_sequence) FROM (SELECT journal_sequence FROM engine_snapshots"
                        + " ORDER BY journal_sequence DESC LIMIT 2)), "
                        + RECORDERS_SNAPSHOT + ")");
                s.executeUpdate("DELETE FROM command_journal WHERE last_sequence <= (SELECT CASE WHEN COUNT(*) >= 2"
                        + " THEN MIN(journal_sequence) ELSE 0 END FROM engine_snapshots)");
            }
            return null;
        });
    }
}
