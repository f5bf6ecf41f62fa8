package com.suanli.data.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.pricing.ScenarioSetJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.ScenarioSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRepositoryTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("user.dir")).getParent()
            .resolve("docs/examples/scenarios/desk-stress.json");
    private static final LocalDate CLOSE = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @Test
    void a_stored_set_means_what_its_file_meant_and_runs_keep_pnl_by_scenario() {
        ScenarioSet stress = ScenarioSetJson.read(EXAMPLE);
        List<String> names = stress.scenarios().stream().map(scenario -> scenario.name()).toList();
        double[] pnl = new double[names.size()];
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = 1_000.0 * (i - 3) + 0.25;
        }
        try (DeskStore store = TestStores.fresh(dir)) {
            ScenarioRun run = store.transaction(c -> {
                ScenarioRepository scenarios = new ScenarioRepository(c);
                scenarios.save(stress);
                return scenarios.saveRun(stress.name(), CLOSE, "desk book", new PnlVector(12_345.5, names, pnl));
            });

            store.transaction(c -> {
                ScenarioRepository scenarios = new ScenarioRepository(c);
                assertThat(scenarios.set(stress.name())).contains(stress);
                assertThat(scenarios.runs(stress.name())).containsExactly(run);
                PnlVector results = scenarios.results(run.runId());
                assertThat(results.scenarioNames()).isEqualTo(names);
                assertThat(results.pnl()).containsExactly(pnl);
                assertThat(results.basePresentValue()).isEqualTo(12_345.5);
                return null;
            });
        }
    }

    @Test
    void results_that_do_not_match_the_sets_scenarios_are_refused() {
        ScenarioSet stress = ScenarioSetJson.read(EXAMPLE);
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                new ScenarioRepository(c).save(stress);
                return null;
            });

            assertThatThrownBy(() -> store.transaction(c -> new ScenarioRepository(c)
                    .saveRun(stress.name(), CLOSE, "book", new PnlVector(0, List.of("only one"), new double[] {1}))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pnl: the results name [only one]");
            assertThatThrownBy(() -> store.transaction(c -> new ScenarioRepository(c)
                    .saveRun("nameless", CLOSE, "book", new PnlVector(0, List.of(), new double[0]))))
                    .hasMessage("setName: no scenario set 'nameless' is stored");
        }
    }
}
