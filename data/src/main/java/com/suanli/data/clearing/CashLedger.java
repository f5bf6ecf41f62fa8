package com.suanli.data.clearing;

import com.suanli.data.store.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The cash ledger, on one connection: entries are only ever added (a correction is a new entry), and
 * an engine event is booked at most once per account and kind.
 */
public final class CashLedger {

    private final Connection connection;

    public CashLedger(Connection connection) {
        this.connection = connection;
    }

    /** Books the entry and gives it with the ledger's number. */
    public CashEntry book(CashEntry entry) throws SQLException {
        long id = Sql.insertReturningKey(connection, "INSERT INTO cash_ledger (account_id, business_date, kind, amount,"
                        + " currency, sequence, reference) VALUES (?, ?, ?, ?, ?, ?, ?)", entry.account(),
                entry.businessDate(), entry.kind(), entry.amount(), entry.currency(), entry.sequence(),
                entry.reference());
        return new CashEntry(id, entry.account(), entry.businessDate(), entry.kind(), entry.amount(),
                entry.currency(), entry.sequence(), entry.reference());
    }

    /** The account's entries from {@code from} to {@code to} inclusive, in booking order: a statement. */
    public List<CashEntry> statement(long account, LocalDate from, LocalDate to) throws SQLException {
        return Sql.list(connection, "SELECT * FROM cash_ledger WHERE account_id = ? AND business_date BETWEEN ? AND ?"
                + " ORDER BY entry_id", CashLedger::entry, account, from, to);
    }

    /** Every entry, in booking order. */
    public List<CashEntry> entries() throws SQLException {
        return Sql.list(connection, "SELECT * FROM cash_ledger ORDER BY entry_id", CashLedger::entry);
    }

    /** The account's balance in {@code currency}: the sum of its entries. */
    public BigDecimal balance(long account, String currency) throws SQLException {
        return Sql.one(connection, "SELECT COALESCE(SUM(amount), 0) FROM cash_ledger WHERE account_id = ? AND currency = ?",
                row -> row.getBigDecimal(1), account, currency).orElse(BigDecimal.ZERO);
    }

    private static CashEntry entry(ResultSet row) throws SQLException {
        return new CashEntry(row.getLong("entry_id"), row.getLong("account_id"), Sql.date(row, "business_date"),
                Sql.constant(row, "kind", CashKind.class), row.getBigDecimal("amount"), row.getString("currency"),
                Sql.nullableLong(row, "sequence"), row.getString("reference"));
    }
}
