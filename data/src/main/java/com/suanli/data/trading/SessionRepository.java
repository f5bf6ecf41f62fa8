package com.suanli.data.trading;

import com.suanli.data.store.Sql;
import com.suanli.exchange.engine.event.SessionChangeCause;
import com.suanli.exchange.engine.session.SessionState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The market sessions' history, on one connection. */
public final class SessionRepository {

    private final Connection connection;

    public SessionRepository(Connection connection) {
        this.connection = connection;
    }

    public void add(SessionChange change) throws SQLException {
        Sql.update(connection, "INSERT INTO market_sessions VALUES (?, ?, ?, ?, ?, ?)", change.sequence(),
                change.changedAt(), change.instrumentId(), change.from(), change.to(), change.cause());
    }

    /** The instrument's session changes, oldest first. */
    public List<SessionChange> history(int instrumentId) throws SQLException {
        return Sql.list(connection, "SELECT * FROM market_sessions WHERE instrument_id = ? ORDER BY sequence",
                SessionRepository::change, instrumentId);
    }

    /** The state the instrument's latest change left it in, if it ever changed. */
    public Optional<SessionState> current(int instrumentId) throws SQLException {
        return Sql.one(connection, "SELECT to_state FROM market_sessions WHERE instrument_id = ?"
                + " ORDER BY sequence DESC LIMIT 1", row -> Sql.constant(row, "to_state", SessionState.class), instrumentId);
    }

    private static SessionChange change(ResultSet row) throws SQLException {
        return new SessionChange(row.getLong("sequence"), row.getLong("changed_at"), row.getInt("instrument_id"),
                Sql.constant(row, "from_state", SessionState.class), Sql.constant(row, "to_state", SessionState.class),
                Sql.constant(row, "cause", SessionChangeCause.class));
    }
}
