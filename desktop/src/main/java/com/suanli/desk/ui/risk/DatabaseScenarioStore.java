package com.suanli.desk.ui.risk;

import com.suanli.data.scenario.ScenarioRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.ScenarioSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Scenario sets and runs in the desk database ({@code scenario_sets}, {@code scenario_runs},
 * {@code scenario_results}; docs/DATABASE.md), through data's {@link ScenarioRepository}, one transaction
 * per call.
 */
public final class DatabaseScenarioStore implements ScenarioStore {

    private final Supplier<Optional<DeskStore>> store;

    /** @param store the open database, or empty while the desk is still opening it */
    public DatabaseScenarioStore(Supplier<Optional<DeskStore>> store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<ScenarioSet> sets() {
        return open().transaction(c -> new ScenarioRepository(c).sets());
    }

    @Override
    public void save(ScenarioSet set) {
        open().transaction(c -> {
            new ScenarioRepository(c).save(set);
            return null;
        });
    }

    @Override
    public long saveRun(ScenarioSet set, LocalDate valuationDate, String book, PnlVector pnl) {
        return open().transaction(c -> {
            ScenarioRepository repository = new ScenarioRepository(c);
            repository.save(set);
            return repository.saveRun(set.name(), valuationDate, book, pnl).runId();
        });
    }

    private DeskStore open() {
        return store.get().orElseThrow(() -> new IllegalStateException(
                Texts.get("risk.database-not-open")));
    }
}
