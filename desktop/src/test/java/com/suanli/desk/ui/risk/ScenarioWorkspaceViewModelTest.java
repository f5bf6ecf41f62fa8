package com.suanli.desk.ui.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.suanli.data.csv.CsvRow;
import com.suanli.data.pricing.BatchJson;
import com.suanli.data.scenario.ScenarioRepository;
import com.suanli.data.scenario.ScenarioRun;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.task.HeldTaskExecutor;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.PnlExplain;
import com.suanli.pricing.risk.PnlExplainer;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.Revaluation;
import com.suanli.pricing.risk.RiskRequest;
import com.suanli.pricing.risk.ScenarioSet;
import com.suanli.pricing.risk.ShiftKind;
import com.suanli.pricing.risk.ValueAtRisk;
import com.suanli.pricing.risk.VarResult;
import com.suanli.pricing.risk.VarSettings;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario workspace without a window: its figures are the pricing library's, its refusals name the field. */
class ScenarioWorkspaceViewModelTest {

    static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/examples");
    static final Path BOOK = EXAMPLES.resolve("risk-request.json");
    /** The table shows what pricing computed, not a rounding of it. */
    private static final double EXACT = 0.0;
    /** Sums of the explain's terms in another order. */
    private static final double SUMMATION = 1e-6;

    @TempDir
    Path directory;

    private DeskStore store;
    private ScenarioWorkspaceViewModel viewModel;
    private RiskRequest request;

    @BeforeEach
    void openBook() {
        store = DeskStore.open(StoreAddress.file(directory.resolve("desk")), FileKey.NONE);
        viewModel = new ScenarioWorkspaceViewModel(new CurrentThreadTaskExecutor(), Runnable::run,
                new DatabaseScenarioStore(() -> Optional.of(store)));
        request = BatchJson.readRiskRequest(BOOK);
        viewModel.bookPathProperty().set(BOOK.toString());
        viewModel.openBookFile();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void opening_a_book_offers_its_sets_its_historical_windows_and_its_monte_carlo_paths() {
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.bookTextProperty().get())
                .isEqualTo("risk-request.json · 12 positions · valued 2026-11-27 · with the previous day");
        assertThat(viewModel.choices()).extracting(c -> c.set().name() + "/" + c.origin())
                .containsExactly("desk-stress/BOOK", "one-offs/BOOK", "historical/HISTORICAL", "monte-carlo/MONTE_CARLO");
        assertThat(viewModel.choices().get(3).size()).isEqualTo(request.monteCarlo().paths());
        assertThat(viewModel.chosenProperty().get().set().name()).isEqualTo("desk-stress");
    }

    @Test
    void a_run_shows_the_pnl_pricing_revaluation_gives_scenario_by_scenario() {
        ScenarioSet stress = viewModel.chosenProperty().get().set();

        viewModel.run();

        PnlVector expected = Revaluation.pnl(request.portfolio(), Market.of(request.market()), stress.scenarios());
        assertThat(viewModel.rows()).extracting(ScenarioPnlRow::scenario).containsExactlyElementsOf(expected.scenarioNames());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(viewModel.rows().get(i).pnl()).isCloseTo(expected.pnl(i), within(EXACT));
        }
        assertThat(viewModel.resultsProperty().get().pnl().basePresentValue())
                .isEqualTo(expected.basePresentValue());
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Ran 'desk-stress': " + expected.size() + " scenarios");
    }

    @Test
    void a_stress_set_too_small_for_the_quantile_says_so_instead_of_a_var() {
        assertThat(viewModel.confidenceProperty().get()).as("the book's confidence").isEqualTo(request.var().confidence());

        viewModel.run();

        int scenarios = viewModel.chosenProperty().get().size();
        assertThat(viewModel.varTextProperty().get())
                .isEqualTo("needs 20 scenarios at this confidence, the set has " + scenarios);
        assertThat(viewModel.esTextProperty().get()).isEqualTo("—");
    }

    @Test
    void historical_var_and_es_are_pricing_value_at_risk_of_the_run() {
        viewModel.chosenProperty().set(viewModel.choices().get(2));
        viewModel.confidenceProperty().set(0.95);

        viewModel.run();

        ScenarioResults results = viewModel.resultsProperty().get();
        VarResult expected = ValueAtRisk.of(results.pnl(), new VarSettings(0.95, 1, VarSettings.HorizonScaling.NONE));
        assertThat(results.var().result()).isEqualTo(expected);
        assertThat(viewModel.varTextProperty().get()).startsWith(String.format(java.util.Locale.ROOT, "%,.2f",
                expected.valueAtRisk()));
    }

    @Test
    void the_explain_is_pricing_pnl_explain_and_its_waterfall_adds_up_to_the_actual() {
        viewModel.run();

        PnlExplain expected = PnlExplainer.explain(request.previousPortfolio(), Market.of(request.previousMarket()),
                request.portfolio(), Market.of(request.market()));
        assertThat(viewModel.resultsProperty().get().explain()).isEqualTo(expected);
        List<WaterfallStep> steps = viewModel.explainSteps();
        assertThat(steps).extracting(WaterfallStep::label).containsExactly("Theta", "Delta", "Gamma", "Vega",
                "New trades", "Closed trades", "Unexplained", "Actual");
        for (int i = 1; i < steps.size() - 1; i++) {
            assertThat(steps.get(i).start()).isEqualTo(steps.get(i - 1).end());
        }
        assertThat(steps.get(6).end()).isCloseTo(expected.actual(), within(SUMMATION));
        assertThat(steps.get(7).start()).isZero();
        assertThat(steps.get(7).end()).isEqualTo(expected.actual());
    }

    @Test
    void a_cancelled_run_keeps_no_result_and_leaves_the_last_one_shown() {
        viewModel.run();
        List<ScenarioPnlRow> before = List.copyOf(viewModel.rows());
        HeldTaskExecutor held = new HeldTaskExecutor();
        ScenarioWorkspaceViewModel later = new ScenarioWorkspaceViewModel(held, Runnable::run,
                new DatabaseScenarioStore(() -> Optional.of(store)));
        later.bookPathProperty().set(BOOK.toString());
        later.openBookFile();
        held.release();
        later.chosenProperty().set(later.choices().get(3));

        later.run();
        assertThat(later.runningProperty().get()).isTrue();
        later.run();
        assertThat(later.errorProperty().get()).isEqualTo("Run: a run is going; cancel it or wait for it");
        assertThat(held.heldCount()).isEqualTo(1);
        later.cancel();
        held.release();

        assertThat(later.runningProperty().get()).isFalse();
        assertThat(later.rows()).isEmpty();
        assertThat(later.resultsProperty().get()).isNull();
        assertThat(later.statusProperty().get()).isEqualTo("Cancelled: no result kept");
        assertThat(viewModel.rows()).containsExactlyElementsOf(before);
    }

    @Test
    void a_saved_run_is_in_the_database_with_its_set_and_every_scenario() throws Exception {
        viewModel.run();

        viewModel.saveRun();

        PnlVector shown = viewModel.resultsProperty().get().pnl();
        List<ScenarioRun> runs = store.transaction(c -> new ScenarioRepository(c).runs("desk-stress"));
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.portfolio()).isEqualTo("risk-request.json");
            assertThat(run.valuationDate()).isEqualTo(request.market().data().valuationDate());
        });
        PnlVector stored = store.transaction(c -> new ScenarioRepository(c).results(runs.get(0).runId()));
        assertThat(stored.scenarioNames()).isEqualTo(shown.scenarioNames());
        assertThat(stored.pnl()).containsExactly(shown.pnl());
        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved run " + runs.get(0).runId() + " of 'desk-stress'");
    }

    @Test
    void a_set_saved_to_the_database_is_offered_from_it() {
        viewModel.saveSetToDatabase();

        assertThat(viewModel.choices()).filteredOn(c -> c.origin() == ScenarioChoice.Origin.DATABASE)
                .extracting(c -> c.set()).containsExactly(viewModel.choices().get(0).set());
    }

    @Test
    void exports_write_every_scenario_as_csv_and_the_whole_run_as_json() throws Exception {
        viewModel.run();
        PnlVector shown = viewModel.resultsProperty().get().pnl();
        Path csv = directory.resolve("run.csv");
        Path json = directory.resolve("run.json");

        viewModel.exportCsv(csv);
        viewModel.exportJson(json);

        List<CsvRow> rows = ScenarioExport.CSV.read(csv);
        assertThat(rows).hasSize(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            assertThat(rows.get(i).text("scenario")).isEqualTo(shown.scenarioNames().get(i));
            assertThat(Double.parseDouble(rows.get(i).text("pnl_cny"))).isEqualTo(shown.pnl(i));
        }
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        assertThat(root.get("set").asText()).isEqualTo("desk-stress");
        assertThat(root.get("basePresentValue").asDouble()).isEqualTo(shown.basePresentValue());
        assertThat(root.get("scenarios")).hasSize(shown.size());
        assertThat(root.get("pnlExplain").get("actual").asDouble())
                .isEqualTo(viewModel.resultsProperty().get().explain().actual());
        assertThat(root.get("var").get("problem").asText()).startsWith("needs 20 scenarios");
    }

    @Test
    void a_built_scenario_joins_a_set_of_its_own_and_runs_as_pricing_shocks_it() {
        ScenarioDraft draft = viewModel.draft();
        draft.scenarioNameProperty().set("YRD +15%");
        draft.hubProperty().set("yrd");
        draft.kindProperty().set(ShiftKind.RELATIVE);
        draft.amountProperty().set("0.15");

        viewModel.addDraftScenario();
        draft.scenarioNameProperty().set("vols +5");
        draft.typeProperty().set(ShockType.VOL_SHIFT);
        draft.hubProperty().set("");
        draft.kindProperty().set(ShiftKind.ABSOLUTE);
        draft.amountProperty().set("0.05");
        viewModel.addDraftScenario();
        viewModel.run();

        ScenarioSet built = viewModel.chosenProperty().get().set();
        assertThat(built.name()).isEqualTo("desk-built");
        assertThat(built.scenarios()).extracting(s -> s.name()).containsExactly("YRD +15%", "vols +5");
        PnlVector expected = Revaluation.pnl(request.portfolio(), Market.of(request.market()), built.scenarios());
        assertThat(viewModel.rows()).extracting(ScenarioPnlRow::pnl).containsExactly(expected.pnl()[0], expected.pnl()[1]);
    }

    @Test
    void a_bad_draft_names_the_field_and_adds_nothing() {
        ScenarioDraft draft = viewModel.draft();
        draft.scenarioNameProperty().set("crash");
        draft.kindProperty().set(ShiftKind.RELATIVE);
        draft.amountProperty().set("-1.5");
        int offered = viewModel.choices().size();

        viewModel.addDraftScenario();
        assertThat(viewModel.errorProperty().get())
                .isEqualTo("Amount: a relative shift must be greater than -1 (prices stay positive)");

        draft.amountProperty().set("ten");
        viewModel.addDraftScenario();
        assertThat(viewModel.errorProperty().get()).isEqualTo("Amount: must be a number, was 'ten'");

        draft.amountProperty().set("0.1");
        draft.monthProperty().set("Jan 2027");
        viewModel.addDraftScenario();
        assertThat(viewModel.errorProperty().get()).isEqualTo("Month: must be a month as 2027-01, was 'Jan 2027'");
        assertThat(viewModel.choices()).hasSize(offered);
    }

    @Test
    void bad_book_and_set_files_are_refused_naming_the_field_or_the_file() {
        viewModel.bookPathProperty().set(" ");
        viewModel.openBookFile();
        assertThat(viewModel.errorProperty().get()).isEqualTo("Book file: is empty");

        viewModel.bookPathProperty().set(directory.resolve("missing.json").toString());
        viewModel.openBookFile();
        assertThat(viewModel.errorProperty().get()).startsWith("Book file: no such file");
        assertThat(viewModel.bookTextProperty().get()).startsWith("risk-request.json");

        viewModel.setFileProperty().set(BOOK.toString());
        viewModel.loadSetFile();
        assertThat(viewModel.errorProperty().get()).contains("risk-request.json").contains("market");
    }

    @Test
    void nothing_runs_without_a_book() {
        ScenarioWorkspaceViewModel fresh = new ScenarioWorkspaceViewModel(new CurrentThreadTaskExecutor(),
                Runnable::run, new DatabaseScenarioStore(Optional::empty));

        fresh.run();
        assertThat(fresh.errorProperty().get()).isEqualTo("Book: open a book first");
        fresh.saveRun();
        assertThat(fresh.errorProperty().get()).isEqualTo("Results: run a scenario set first");
        fresh.refreshStoredSets();
        assertThat(fresh.errorProperty().get()).isEqualTo("database: not open yet; it opens with the engine");
    }

    @Test
    void a_refused_book_file_is_worded_in_chinese_on_a_chinese_desk() throws IOException {
        Path misspelt = directory.resolve("misspelt.json");
        Files.writeString(misspelt, "{\"market\": {}, \"portfolio\": [], \"scenarioSet\": []}");
        Path listed = directory.resolve("listed.json");
        Files.writeString(listed, "{\"market\": [], \"portfolio\": []}");
        Texts.use(Language.CHINESE);
        try {
            viewModel.bookPathProperty().set(misspelt.toString());
            viewModel.openBookFile();
            assertThat(viewModel.errorProperty().get()).isEqualTo("$.scenarioSet：未知字段，应为以下之一："
                    + "[histories, market, monteCarlo, portfolio, previousDay, scenarioSets, var]");

            viewModel.bookPathProperty().set(listed.toString());
            viewModel.openBookFile();
            assertThat(viewModel.errorProperty().get()).isEqualTo("$.market：须为对象，实为 […]");

            viewModel.bookPathProperty().set(directory.resolve("missing.json").toString());
            viewModel.openBookFile();
            assertThat(viewModel.errorProperty().get()).startsWith("组合文件：文件不存在");
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }

    @Test
    void a_shock_that_takes_a_forward_below_zero_is_refused_naming_the_scenario_the_curve_and_the_month() {
        ScenarioDraft draft = viewModel.draft();
        draft.scenarioNameProperty().set("crash");
        draft.kindProperty().set(ShiftKind.ABSOLUTE);
        draft.amountProperty().set("-1000");
        viewModel.addDraftScenario();

        viewModel.run();
        assertThat(viewModel.errorProperty().get()).matches("Scenario 'crash': forward curves: the shocks leave the"
                + " forward of H100@[A-Z]+ for 20\\d\\d-\\d\\d at -9\\d\\d(\\.\\d+)?: it must stay above 0");
        assertThat(viewModel.rows()).as("no half a result").isEmpty();

        Texts.use(Language.CHINESE);
        try {
            viewModel.run();
            assertThat(viewModel.errorProperty().get()).matches("情景“crash”：远期曲线：冲击使 H100@[A-Z]+ 20\\d\\d-\\d\\d"
                    + " 的远期价格变为 -9\\d\\d(\\.\\d+)?：须保持大于 0");
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }

    @Test
    void a_relative_spread_beyond_two_is_refused_by_the_draft_as_each_side_moves_by_half() {
        ScenarioDraft draft = viewModel.draft();
        draft.scenarioNameProperty().set("wide");
        draft.typeProperty().set(ShockType.HUB_SPREAD);
        draft.kindProperty().set(ShiftKind.RELATIVE);
        draft.amountProperty().set("2");

        viewModel.addDraftScenario();

        assertThat(viewModel.errorProperty().get()).isEqualTo("Amount: a relative spread moves each side by half of"
                + " it, so it must lie between -2 and 2 (prices stay positive)");
    }
}
