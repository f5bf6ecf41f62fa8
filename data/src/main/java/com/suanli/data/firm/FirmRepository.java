package com.suanli.data.firm;

import com.suanli.data.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Firms and their accounts, on one connection. Saving a firm or account that exists replaces it. */
public final class FirmRepository {

    private final Connection connection;

    public FirmRepository(Connection connection) {
        this.connection = connection;
    }

    public void save(Firm firm) throws SQLException {
        Sql.update(connection, "MERGE INTO firms KEY (firm_code) VALUES (?, ?, ?)", firm.code(), firm.name(), firm.role());
    }

    /** Saves an account; its firm must be saved already. */
    public void save(Account account) throws SQLException {
        Sql.update(connection, "MERGE INTO accounts KEY (account_id) VALUES (?, ?, ?, ?, ?, ?)", account.id(),
                account.firmCode(), account.name(), account.kind(), account.currency(), account.open());
    }

    public Optional<Firm> firm(String code) throws SQLException {
        return Sql.one(connection, "SELECT * FROM firms WHERE firm_code = ?", FirmRepository::firm, code);
    }

    /** Every firm, by code. */
    public List<Firm> firms() throws SQLException {
        return Sql.list(connection, "SELECT * FROM firms ORDER BY firm_code", FirmRepository::firm);
    }

    public Optional<Account> account(long id) throws SQLException {
        return Sql.one(connection, "SELECT * FROM accounts WHERE account_id = ?", FirmRepository::account, id);
    }

    /** Every account, by id. */
    public List<Account> accounts() throws SQLException {
        return Sql.list(connection, "SELECT * FROM accounts ORDER BY account_id", FirmRepository::account);
    }

    /** The firm's accounts, by id. */
    public List<Account> accountsOf(String firmCode) throws SQLException {
        return Sql.list(connection, "SELECT * FROM accounts WHERE firm_code = ? ORDER BY account_id",
                FirmRepository::account, firmCode);
    }

    private static Firm firm(ResultSet row) throws SQLException {
        return new Firm(row.getString("firm_code"), row.getString("name"), Sql.constant(row, "role", FirmRole.class));
    }

    private static Account account(ResultSet row) throws SQLException {
        return new Account(row.getLong("account_id"), row.getString("firm_code"), row.getString("name"),
                Sql.constant(row, "kind", AccountKind.class), row.getString("currency"), row.getBoolean("open"));
    }
}
