package com.suanli.data.scenario;

import com.suanli.data.pricing.ScenarioSetJson;
import com.suanli.data.store.Sql;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.Scenario;
import com.suanli.pricing.risk.ScenarioSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Scenario sets and the results of runs under them, on one connection. */
public final class ScenarioRepository {

    private final Connection connection;

    public ScenarioRepository(Connection connection) {
        this.connection = connection;
    }

    /** Keeps the set under its name, replacing a set of the same name. */
    public void save(ScenarioSet set) throws SQLException {
        Sql.update(connection, "MERGE INTO scenario_sets KEY (name) VALUES (?, ?, ?)", set.name(),
                ScenarioSetJson.write(set), OffsetDateTime.now());
    }

    public Optional<ScenarioSet> set(String name) throws SQLException {
        return Sql.one(connection, "SELECT definition FROM scenario_sets WHERE name = ?",
                row -> ScenarioSetJson.read(row.getString(1)), name);
    }

    /** Every stored set, by name. */
    public List<ScenarioSet> sets() throws SQLException {
        return Sql.list(connection, "SELECT definition FROM scenario_sets ORDER BY name",
                row -> ScenarioSetJson.read(row.getString(1)));
    }

    /**
     * Keeps the P&amp;L of every scenario of a run under the stored set {@code setName}.
     * @throws IllegalArgumentException when the results do not name the set's scenarios in its order
     */
    public ScenarioRun saveRun(String setName, LocalDate valuationDate, String portfolio, PnlVector pnl)
            throws SQLException {
        ScenarioSet set = set(setName).orElseThrow(() ->
                new IllegalArgumentException("setName: no scenario set '" + setName + "' is stored"));
        List<String> names = set.scenarios().stream().map(Scenario::name).toList();
        if (!names.equals(pnl.scenarioNames())) {
            throw new IllegalArgumentException("pnl: the results name " + pnl.scenarioNames()
                    + ", the set '" + setName + "' holds " + names);
        }
        long runId = Sql.insertReturningKey(connection, "INSERT INTO scenario_runs (set_name, valuation_date, portfolio,"
                + " base_value, run_at) VALUES (?, ?, ?, ?, ?)", setName, valuationDate, portfolio,
                pnl.basePresentValue(), OffsetDateTime.now());
        Sql.batch(connection, "INSERT INTO scenario_results VALUES (?, ?, ?, ?)",
                IntStream.range(0, pnl.size()).boxed().toList(),
                i -> new Object[] {runId, i, pnl.scenarioNames().get(i), pnl.pnl(i)});
        return new ScenarioRun(runId, setName, valuationDate, portfolio);
    }

    /** The runs under a set, oldest first. */
    public List<ScenarioRun> runs(String setName) throws SQLException {
        return Sql.list(connection, "SELECT * FROM scenario_runs WHERE set_name = ? ORDER BY run_id",
                row -> new ScenarioRun(row.getLong("run_id"), row.getString("set_name"),
                        Sql.date(row, "valuation_date"), row.getString("portfolio")), setName);
    }

    /** A run's base value and P&amp;L by scenario, in the set's order. */
    public PnlVector results(long runId) throws SQLException {
        double base = Sql.one(connection, "SELECT base_value FROM scenario_runs WHERE run_id = ?", row -> row.getDouble(1),
                runId).orElseThrow(() -> new IllegalArgumentException("runId: no run " + runId));
        List<ScenarioPnl> results = Sql.list(connection, "SELECT scenario_name, pnl FROM scenario_results"
                + " WHERE run_id = ? ORDER BY ordinal", row -> new ScenarioPnl(row.getString(1), row.getDouble(2)), runId);
        return new PnlVector(base, results.stream().map(ScenarioPnl::name).toList(),
                results.stream().mapToDouble(ScenarioPnl::pnl).toArray());
    }

    private record ScenarioPnl(String name, double pnl) {
    }
}
