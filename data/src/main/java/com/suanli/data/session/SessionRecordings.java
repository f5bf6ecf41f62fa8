package com.suanli.data.session;

import com.suanli.data.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The recorded sessions ({@code recorded_sessions}, {@code recorded_session_commands},
 * {@code recorded_session_snapshots}), on one connection: a recording is begun, given its commands and
 * snapshots as it goes, then completed with its totals or marked failed.
 */
public final class SessionRecordings {

    private static final String COLUMNS = "session_id, name, seed, started_at, ended_at, status, first_time,"
            + " last_time, commands, events, trades, event_stream_hash";

    private final Connection connection;

    public SessionRecordings(Connection connection) {
        this.connection = connection;
    }

    /** A new recording of {@code config} (its {@code suanli-session/1} text) under way; its id. */
    public long begin(String name, long seed, String config, OffsetDateTime startedAt) throws SQLException {
        return Sql.insertReturningKey(connection, "INSERT INTO recorded_sessions (name, seed, config, started_at, status)"
                + " VALUES (?, ?, ?, ?, ?)", name, seed, config, startedAt, RecordingStatus.RECORDING.name());
    }

    public void addCommands(long sessionId, CommandChunk chunk) throws SQLException {
        Sql.update(connection, "INSERT INTO recorded_session_commands VALUES (?, ?, ?, ?)", sessionId,
                chunk.firstIndex(), chunk.lastIndex(), chunk.commands());
    }

    public void addSnapshot(long sessionId, SnapshotMark mark, byte[] snapshot) throws SQLException {
        Sql.update(connection, "INSERT INTO recorded_session_snapshots VALUES (?, ?, ?, ?)", sessionId, mark.applied(),
                mark.simulatedAt(), snapshot);
    }

    /** @throws IllegalArgumentException when no recording {@code sessionId} is under way */
    public void complete(long sessionId, OffsetDateTime endedAt, SessionTotals totals) throws SQLException {
        int changed = Sql.update(connection, "UPDATE recorded_sessions SET ended_at = ?, status = ?, first_time = ?,"
                        + " last_time = ?, commands = ?, events = ?, trades = ?, event_stream_hash = ?, summary = ?,"
                        + " report = ? WHERE session_id = ? AND status = ?", endedAt, RecordingStatus.COMPLETE.name(),
                totals.firstTime(), totals.lastTime(), totals.commands(), totals.events(), totals.trades(),
                totals.eventStreamHash(), totals.summary(), totals.report(), sessionId, RecordingStatus.RECORDING.name());
        requireUnderWay(sessionId, changed);
    }

    /** The recording ended without completing: what it stored stays, its status says it failed. */
    public void fail(long sessionId, OffsetDateTime endedAt) throws SQLException {
        requireUnderWay(sessionId, Sql.update(connection, "UPDATE recorded_sessions SET ended_at = ?, status = ?"
                + " WHERE session_id = ? AND status = ?", endedAt, RecordingStatus.FAILED.name(), sessionId,
                RecordingStatus.RECORDING.name()));
    }

    /** Every recording, newest first. */
    public List<RecordedSession> list() throws SQLException {
        return Sql.list(connection, "SELECT " + COLUMNS + " FROM recorded_sessions ORDER BY session_id DESC",
                SessionRecordings::session);
    }

    public Optional<RecordedSession> find(long sessionId) throws SQLException {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM recorded_sessions WHERE session_id = ?",
                SessionRecordings::session, sessionId);
    }

    /** The configuration's text the session ran. */
    public String config(long sessionId) throws SQLException {
        return text(sessionId, "config").orElseThrow();
    }

    /** The summary's lines as printed; empty until complete. */
    public Optional<String> summary(long sessionId) throws SQLException {
        return text(sessionId, "summary");
    }

    /** The report's JSON; empty until complete. */
    public Optional<String> report(long sessionId) throws SQLException {
        return text(sessionId, "report");
    }

    /** The commands in order. */
    public List<CommandChunk> commands(long sessionId) throws SQLException {
        return Sql.list(connection, "SELECT first_index, last_index, commands FROM recorded_session_commands"
                        + " WHERE session_id = ? ORDER BY first_index",
                row -> new CommandChunk(row.getLong(1), row.getLong(2), row.getBytes(3)), sessionId);
    }

    /** The snapshots stored, earliest first, without their bytes. */
    public List<SnapshotMark> snapshots(long sessionId) throws SQLException {
        return Sql.list(connection, "SELECT applied, simulated_at FROM recorded_session_snapshots WHERE session_id = ?"
                + " ORDER BY applied", row -> new SnapshotMark(row.getLong(1), row.getLong(2)), sessionId);
    }

    public byte[] snapshot(long sessionId, long applied) throws SQLException {
        return Sql.one(connection, "SELECT snapshot FROM recorded_session_snapshots WHERE session_id = ? AND applied = ?",
                row -> row.getBytes(1), sessionId, applied).orElseThrow(() -> new IllegalArgumentException(
                "applied: session " + sessionId + " has no snapshot after " + applied + " commands"));
    }

    private Optional<String> text(long sessionId, String column) throws SQLException {
        return Sql.one(connection, "SELECT " + column + " FROM recorded_sessions WHERE session_id = ?",
                row -> Optional.ofNullable(row.getString(1)), sessionId).orElseThrow(() -> noSession(sessionId));
    }

    private void requireUnderWay(long sessionId, int changed) throws SQLException {
        if (changed == 0) {
            throw find(sessionId).<RuntimeException>map(found -> new IllegalStateException("session " + sessionId
                    + ": the recording is " + found.status() + ", not under way")).orElseGet(() -> noSession(sessionId));
        }
    }

    private static IllegalArgumentException noSession(long sessionId) {
        return new IllegalArgumentException("session: no recorded session " + sessionId);
    }

    private static RecordedSession session(ResultSet row) throws SQLException {
        return new RecordedSession(row.getLong("session_id"), row.getString("name"), row.getLong("seed"),
                row.getObject("started_at", OffsetDateTime.class),
                Optional.ofNullable(row.getObject("ended_at", OffsetDateTime.class)),
                Sql.constant(row, "status", RecordingStatus.class), row.getLong("first_time"), row.getLong("last_time"),
                row.getLong("commands"), row.getLong("events"), row.getLong("trades"),
                Optional.ofNullable(row.getString("event_stream_hash")));
    }
}
