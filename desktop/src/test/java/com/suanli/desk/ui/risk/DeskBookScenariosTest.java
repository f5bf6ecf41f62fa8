package com.suanli.desk.ui.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.data.scenario.ScenarioRepository;
import com.suanli.data.scenario.ScenarioRun;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.task.HeldTaskExecutor;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.ShiftKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios over the desk's real portfolio (the Risk panel's desk book, here the hand-worked desk of
 * {@link DeskRiskViewModelTest}: accounts 1001 and 2002). Futures are linear in their month's forward, so a curve
 * shift of 1 CNY makes a P&amp;L of the book's delta in GPU-hours: 1001 holds +3,000 June YRD and -2,000 July GZ,
 * 2002 +1,000 June YRD, -5,000 July YRD and +4,000 June GZ.
 */
class DeskBookScenariosTest {

    private static final double CNY_TOLERANCE = 1e-6;

    @TempDir
    Path directory;
    private DeskStore store;
    private final DeskRiskViewModel risk = new DeskRiskViewModel(new CurrentThreadTaskExecutor());

    @BeforeEach
    void openStore() {
        store = DeskStore.open(StoreAddress.file(directory.resolve("desk")), FileKey.NONE);
        risk.connect(DeskRiskViewModelTest::desk);
        risk.signedIn(DeskRiskViewModelTest.RISK_OFFICER);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private ScenarioWorkspaceViewModel workspace(TaskExecutor tasks) {
        ScenarioWorkspaceViewModel scenarios = new ScenarioWorkspaceViewModel(tasks, Runnable::run,
                new DatabaseScenarioStore(() -> Optional.of(store)));
        scenarios.deskBookFrom(risk::deskBook);
        return scenarios;
    }

    private static void shift(ScenarioWorkspaceViewModel scenarios, String name, String hub) {
        ScenarioDraft draft = scenarios.draft();
        draft.setNameProperty().set("desk-shifts");
        draft.scenarioNameProperty().set(name);
        draft.hubProperty().set(hub);
        draft.kindProperty().set(ShiftKind.ABSOLUTE);
        draft.amountProperty().set("1");
        scenarios.addDraftScenario();
    }

    @Test
    void a_curve_shift_over_the_desk_book_makes_its_delta_and_the_run_is_saved() throws Exception {
        ScenarioWorkspaceViewModel scenarios = workspace(new CurrentThreadTaskExecutor());
        scenarios.openDeskBook();
        assertThat(scenarios.bookTextProperty().get()).startsWith("Desk (clearing) · 5 positions");
        shift(scenarios, "all +1", "");
        shift(scenarios, "YRD +1", "YRD");

        scenarios.run();

        assertThat(scenarios.rows()).extracting(ScenarioPnlRow::pnl).satisfiesExactly(
                all -> assertThat(all).isCloseTo(3_000 - 2_000 + 1_000 - 5_000 + 4_000, within(CNY_TOLERANCE)),
                yrd -> assertThat(yrd).isCloseTo(3_000 + 1_000 - 5_000, within(CNY_TOLERANCE)));
        scenarios.saveRun();
        List<ScenarioRun> runs = store.transaction(c -> new ScenarioRepository(c).runs("desk-shifts"));
        assertThat(runs).singleElement().satisfies(run -> assertThat(run.portfolio()).isEqualTo("Desk (clearing)"));
        PnlVector stored = store.transaction(c -> new ScenarioRepository(c).results(runs.get(0).runId()));
        assertThat(stored.pnl()).containsExactly(scenarios.resultsProperty().get().pnl().pnl());
    }

    @Test
    void a_run_over_the_desk_book_cancelled_mid_way_keeps_no_result() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        ScenarioWorkspaceViewModel scenarios = workspace(held);
        scenarios.openDeskBook();
        held.release();
        shift(scenarios, "all +1", "");

        scenarios.run();
        assertThat(scenarios.runningProperty().get()).isTrue();
        scenarios.cancel();
        held.release();

        assertThat(scenarios.rows()).isEmpty();
        assertThat(scenarios.resultsProperty().get()).isNull();
        assertThat(scenarios.statusProperty().get()).isEqualTo("Cancelled: no result kept");
    }

    @Test
    void the_desk_book_is_refused_until_the_exchange_runs_and_someone_signs_in() {
        ScenarioWorkspaceViewModel scenarios = new ScenarioWorkspaceViewModel(new CurrentThreadTaskExecutor(),
                Runnable::run, new DatabaseScenarioStore(() -> Optional.of(store)));
        scenarios.deskBookFrom(new DeskRiskViewModel(new CurrentThreadTaskExecutor())::deskBook);

        scenarios.openDeskBook();

        assertThat(scenarios.errorProperty().get())
                .isEqualTo("Desk book: the exchange is not running or nobody is signed in");
        assertThat(scenarios.bookProperty().get()).isNull();
    }
}
