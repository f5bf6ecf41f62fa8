package com.suanli.data.insurance;

import com.suanli.data.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Insurance policies, on one connection. */
public final class PolicyRepository {

    private final Connection connection;

    public PolicyRepository(Connection connection) {
        this.connection = connection;
    }

    /** Keeps a new policy; its account must exist and its id be new. */
    public void add(InsurancePolicy policy) throws SQLException {
        Sql.update(connection, "INSERT INTO insurance_policies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", policy.policyId(),
                policy.account(), policy.kind(), policy.productCode(), policy.hub(), policy.coverStart(),
                policy.coverEnd(), policy.quantity(), policy.premium(), policy.terms());
    }

    public Optional<InsurancePolicy> policy(String policyId) throws SQLException {
        return Sql.one(connection, "SELECT * FROM insurance_policies WHERE policy_id = ?", PolicyRepository::policy,
                policyId);
    }

    /** The policies whose cover runs on {@code date}, by id. */
    public List<InsurancePolicy> inForceOn(LocalDate date) throws SQLException {
        return Sql.list(connection, "SELECT * FROM insurance_policies WHERE ? BETWEEN cover_start AND cover_end"
                + " ORDER BY policy_id", PolicyRepository::policy, date);
    }

    private static InsurancePolicy policy(ResultSet row) throws SQLException {
        return new InsurancePolicy(row.getString("policy_id"), row.getLong("account_id"),
                Sql.constant(row, "kind", PolicyKind.class), row.getString("product_code"), row.getString("hub"),
                Sql.date(row, "cover_start"), Sql.date(row, "cover_end"), row.getDouble("quantity"),
                row.getBigDecimal("premium"), row.getString("terms"));
    }
}
