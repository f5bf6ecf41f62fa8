package com.suanli.data.trading;

import com.suanli.data.store.Sql;
import com.suanli.exchange.engine.event.Aggressor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Trades, on one connection. */
public final class TradeRepository {

    private static final String INSERT = "INSERT INTO trades (trade_id, sequence, executed_at, instrument_id,"
            + " price_ticks, quantity, buy_order_id, buy_account, sell_order_id, sell_account, aggressor)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;

    public TradeRepository(Connection connection) {
        this.connection = connection;
    }

    public void add(TradeRecord trade) throws SQLException {
        addAll(List.of(trade));
    }

    /** Keeps the trades; a trade id or sequence kept already is refused. */
    public void addAll(Collection<TradeRecord> trades) throws SQLException {
        Sql.batch(connection, INSERT, trades, trade -> new Object[] {trade.tradeId(), trade.sequence(),
                trade.executedAt(), trade.instrumentId(), trade.priceTicks(), trade.quantity(), trade.buyOrderId(),
                trade.buyAccount(), trade.sellOrderId(), trade.sellAccount(), trade.aggressor()});
    }

    /** Every trade in sequence order. */
    public List<TradeRecord> trades() throws SQLException {
        return Sql.list(connection, "SELECT * FROM trades ORDER BY sequence", TradeRepository::trade);
    }

    /** The trades of one trading day in exchange time, in sequence order. */
    public List<TradeRecord> on(LocalDate tradeDate) throws SQLException {
        return Sql.list(connection, "SELECT * FROM trades WHERE trade_date = ? ORDER BY sequence",
                TradeRepository::trade, tradeDate);
    }

    /** The event sequence of the newest trade kept, 0 when none is. */
    public long newestSequence() throws SQLException {
        return Sql.one(connection, "SELECT COALESCE(MAX(sequence), 0) FROM trades", row -> row.getLong(1)).orElse(0L);
    }

    /**
     * The lots traded at each price of each instrument on one trading day in exchange time, by the trades before the
     * event {@code beforeSequence}: a ladder's volume at price as the day stood before the desk heard the rest.
     */
    public List<PriceVolume> volumeAtPrice(LocalDate tradeDate, long beforeSequence) throws SQLException {
        return Sql.list(connection, "SELECT instrument_id, price_ticks, SUM(quantity) FROM trades"
                        + " WHERE trade_date = ? AND sequence < ? GROUP BY instrument_id, price_ticks",
                row -> new PriceVolume(row.getInt(1), row.getLong(2), row.getLong(3)), tradeDate, beforeSequence);
    }

    /** The trades an account was on either side of, in sequence order. */
    public List<TradeRecord> ofAccount(long account) throws SQLException {
        return Sql.list(connection, "SELECT * FROM trades WHERE buy_account = ? OR sell_account = ? ORDER BY sequence",
                TradeRepository::trade, account, account);
    }

    private static TradeRecord trade(ResultSet row) throws SQLException {
        return new TradeRecord(row.getLong("trade_id"), row.getLong("sequence"), row.getLong("executed_at"),
                row.getInt("instrument_id"), row.getLong("price_ticks"), row.getLong("quantity"),
                row.getLong("buy_order_id"), row.getLong("buy_account"), row.getLong("sell_order_id"),
                row.getLong("sell_account"), Sql.constant(row, "aggressor", Aggressor.class));
    }
}
