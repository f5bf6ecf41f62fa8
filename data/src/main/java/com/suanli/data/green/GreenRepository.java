package com.suanli.data.green;

import com.suanli.data.store.Sql;
import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.green.HubGrid;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Green certificates and carbon factors, on one connection. */
public final class GreenRepository {

    private final Connection connection;

    public GreenRepository(Connection connection) {
        this.connection = connection;
    }

    /** Keeps a newly issued (held) certificate. */
    public void issue(GreenCertificate certificate) throws SQLException {
        if (certificate.isRetired()) {
            throw new IllegalArgumentException("retiredOn: a certificate is issued held, then retired");
        }
        Sql.update(connection, "INSERT INTO green_certificates VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)",
                certificate.certificateId(), certificate.account(), certificate.hub(), certificate.vintage(),
                certificate.mwh(), certificate.issuedOn());
    }

    /**
     * Retires a held certificate.
     * @throws IllegalArgumentException when it does not exist or was retired already
     */
    public void retire(String certificateId, LocalDate on, String claim) throws SQLException {
        int retired = Sql.update(connection, "UPDATE green_certificates SET retired_on = ?, retired_for = ?"
                + " WHERE certificate_id = ? AND retired_on IS NULL", on, claim, certificateId);
        if (retired == 0) {
            throw new IllegalArgumentException("certificateId: " + certificateId + " is not a held certificate");
        }
    }

    /** The account's certificates, held and retired, by id. */
    public List<GreenCertificate> certificatesOf(long account) throws SQLException {
        return Sql.list(connection, "SELECT * FROM green_certificates WHERE account_id = ? ORDER BY certificate_id",
                GreenRepository::certificate, account);
    }

    /** Keeps a hub's grid factors as they apply from {@code validFrom}, replacing factors of that day. */
    public void saveFactors(HubGrid grid, LocalDate validFrom) throws SQLException {
        Sql.update(connection, "MERGE INTO carbon_factors KEY (hub, valid_from) VALUES (?, ?, ?, ?, ?)",
                grid.hub().code(), validFrom, grid.grid(), grid.emissionFactorKgPerKwh(), grid.pue());
    }

    /** Each hub's factors in force on {@code date}: the latest that apply from it or earlier. */
    public Map<Hub, HubGrid> factorsOn(LocalDate date) throws SQLException {
        Map<Hub, HubGrid> factors = new EnumMap<>(Hub.class);
        for (HubGrid grid : Sql.list(connection, "SELECT * FROM carbon_factors f WHERE valid_from = (SELECT MAX(l.valid_from)"
                + " FROM carbon_factors l WHERE l.hub = f.hub AND l.valid_from <= ?)", GreenRepository::grid, date)) {
            factors.put(grid.hub(), grid);
        }
        return factors;
    }

    private static GreenCertificate certificate(ResultSet row) throws SQLException {
        return new GreenCertificate(row.getString("certificate_id"), row.getLong("account_id"), row.getString("hub"),
                Sql.month(row, "vintage_month"), row.getBigDecimal("mwh"), Sql.date(row, "issued_on"),
                Sql.date(row, "retired_on"), row.getString("retired_for"));
    }

    private static HubGrid grid(ResultSet row) throws SQLException {
        return new HubGrid(Hub.ofCode(row.getString("hub")), row.getString("grid"),
                row.getDouble("emission_factor_kg_per_kwh"), row.getDouble("pue"));
    }
}
