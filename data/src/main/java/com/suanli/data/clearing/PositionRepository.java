package com.suanli.data.clearing;

import com.suanli.data.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Positions, on one connection. */
public final class PositionRepository {

    private final Connection connection;

    public PositionRepository(Connection connection) {
        this.connection = connection;
    }

    /** Moves the account's position by {@code lots} (+ bought, - sold) for the trade at {@code sequence}. */
    public void add(long account, int instrumentId, long lots, long sequence) throws SQLException {
        Sql.update(connection, "MERGE INTO positions p USING (VALUES (CAST(? AS BIGINT), CAST(? AS INTEGER),"
                        + " CAST(? AS BIGINT), CAST(? AS BIGINT))) AS t (account_id, instrument_id, lots, sequence)"
                        + " ON p.account_id = t.account_id AND p.instrument_id = t.instrument_id"
                        + " WHEN MATCHED THEN UPDATE SET net_lots = p.net_lots + t.lots, as_of_sequence = t.sequence"
                        + " WHEN NOT MATCHED THEN INSERT VALUES (t.account_id, t.instrument_id, t.lots, t.sequence)",
                account, instrumentId, lots, sequence);
    }

    public Optional<Position> position(long account, int instrumentId) throws SQLException {
        return Sql.one(connection, "SELECT * FROM positions WHERE account_id = ? AND instrument_id = ?",
                PositionRepository::position, account, instrumentId);
    }

    /** The account's positions other than flat, by instrument. */
    public List<Position> of(long account) throws SQLException {
        return Sql.list(connection, "SELECT * FROM positions WHERE account_id = ? AND net_lots <> 0"
                + " ORDER BY instrument_id", PositionRepository::position, account);
    }

    /** Every position other than flat, by account and instrument. */
    public List<Position> all() throws SQLException {
        return Sql.list(connection, "SELECT * FROM positions WHERE net_lots <> 0 ORDER BY account_id, instrument_id",
                PositionRepository::position);
    }

    private static Position position(ResultSet row) throws SQLException {
        return new Position(row.getLong("account_id"), row.getInt("instrument_id"), row.getLong("net_lots"),
                row.getLong("as_of_sequence"));
    }
}
