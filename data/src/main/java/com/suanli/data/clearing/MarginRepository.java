package com.suanli.data.clearing;

import com.suanli.data.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Margin requirements and settlement prices by business date, on one connection; saving a date again replaces it. */
public final class MarginRepository {

    private final Connection connection;

    public MarginRepository(Connection connection) {
        this.connection = connection;
    }

    public void save(MarginRequirement margin) throws SQLException {
        Sql.update(connection, "MERGE INTO margin_requirements KEY (account_id, business_date) VALUES (?, ?, ?, ?)",
                margin.account(), margin.businessDate(), margin.initialMargin(), margin.variationMargin());
    }

    /** The account's requirements, oldest first. */
    public List<MarginRequirement> of(long account) throws SQLException {
        return Sql.list(connection, "SELECT * FROM margin_requirements WHERE account_id = ? ORDER BY business_date",
                row -> new MarginRequirement(row.getLong("account_id"), Sql.date(row, "business_date"),
                        row.getBigDecimal("initial_margin"), row.getBigDecimal("variation_margin")), account);
    }

    public void save(SettlementPrice price) throws SQLException {
        Sql.update(connection, "MERGE INTO settlement_prices KEY (instrument_id, business_date) VALUES (?, ?, ?)",
                price.instrumentId(), price.businessDate(), price.priceTicks());
    }

    /** The instrument's last settlement price, if it ever settled. */
    public Optional<SettlementPrice> lastSettlement(int instrumentId) throws SQLException {
        return Sql.one(connection, "SELECT * FROM settlement_prices WHERE instrument_id = ?"
                + " ORDER BY business_date DESC LIMIT 1", MarginRepository::settlement, instrumentId);
    }

    /**
     * Each instrument's {@code latest} newest settlement prices, in one query (a desk lists hundreds of
     * contracts): by instrument, newest first within one.
     */
    public List<SettlementPrice> latestSettlements(int latest) throws SQLException {
        return Sql.list(connection, "SELECT instrument_id, business_date, price_ticks FROM (SELECT s.*, ROW_NUMBER()"
                + " OVER (PARTITION BY instrument_id ORDER BY business_date DESC) AS age FROM settlement_prices s)"
                + " WHERE age <= ? ORDER BY instrument_id, business_date DESC", MarginRepository::settlement, latest);
    }

    /** Every settlement price of a business date, by instrument. */
    public List<SettlementPrice> settlementsOn(LocalDate businessDate) throws SQLException {
        return Sql.list(connection, "SELECT * FROM settlement_prices WHERE business_date = ? ORDER BY instrument_id",
                MarginRepository::settlement, businessDate);
    }

    private static SettlementPrice settlement(ResultSet row) throws SQLException {
        return new SettlementPrice(row.getInt("instrument_id"), Sql.date(row, "business_date"), row.getLong("price_ticks"));
    }
}
