package com.suanli.desk.ui.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.pricing.BatchJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.task.WorkerTaskExecutor;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.form.Figures;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.Portfolio;
import com.suanli.pricing.risk.Position;
import com.suanli.pricing.risk.Revaluation;
import com.suanli.pricing.risk.RiskRequest;
import com.suanli.pricing.risk.ScenarioSet;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scenario workspace in a window, headless, on a real worker thread: run a set, watch it, cancel one. */
@ExtendWith(ApplicationExtension.class)
class ScenarioWorkspaceViewTest {

    /** Generous: the machine running the tests is shared with other builds. */
    private static final int PATIENCE_SECONDS = 90;
    /** Long enough per valuation that a run of 500 scenarios lasts seconds: time to press Cancel. */
    private static final long SLOW_VALUATION_MILLIS = 20;

    private WorkerTaskExecutor tasks;
    private DeskStore store;
    private ScenarioWorkspaceViewModel viewModel;

    @Start
    void start(Stage stage) throws IOException {
        tasks = new WorkerTaskExecutor("test-risk", Platform::runLater);
        store = DeskStore.open(StoreAddress.file(Files.createTempDirectory("scenario-view").resolve("desk")),
                FileKey.NONE);
        viewModel = new ScenarioWorkspaceViewModel(tasks, Platform::runLater,
                new DatabaseScenarioStore(() -> Optional.of(store)));
        Scene scene = new Scene(new ScenarioWorkspaceView(viewModel).root(), 1200, 760);
        DeskTheme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        store.close();
    }

    @Test
    void a_scenario_set_runs_with_progress_into_the_results_table(FxRobot robot) throws TimeoutException {
        robot.clickOn("#scenario-book-path").write(ScenarioWorkspaceViewModelTest.BOOK.toString());
        robot.clickOn("#scenario-book-open");
        waitUntil(() -> robot.lookup("#scenario-set").queryComboBox().getValue() != null);
        ScenarioSet stress = ((ScenarioChoice) robot.lookup("#scenario-set").queryComboBox().getValue()).set();

        robot.clickOn("#scenario-run");
        TableView<ScenarioPnlRow> table = robot.lookup("#scenario-results").queryTableView();
        waitUntil(() -> table.getItems().size() == stress.scenarios().size());

        RiskRequest request = BatchJson.readRiskRequest(ScenarioWorkspaceViewModelTest.BOOK);
        PnlVector expected = Revaluation.pnl(request.portfolio(), Market.of(request.market()), stress.scenarios());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(table.getColumns().get(0).getCellData(i)).isEqualTo(expected.scenarioNames().get(i));
            assertThat(table.getColumns().get(1).getCellData(i)).isEqualTo(expected.pnl(i));
        }
        assertThat(robot.lookup("#scenario-progress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#scenario-status").queryLabeled().getText())
                .isEqualTo("Ran 'desk-stress': " + expected.size() + " scenarios");
        assertThat(robot.lookup("#scenario-base").queryLabeled().getText())
                .isEqualTo(Figures.amount(expected.basePresentValue()));
        // The table draws its cells on a later pulse than the one that gave it its rows.
        String first = Figures.amount(expected.pnl(0));
        waitUntil(() -> robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(cell -> first.equals(cell.getText())));
        assertThat(robot.lookup(".table-cell").queryAllAs(TableCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo(first));
    }

    @Test
    void a_long_run_shows_its_progress_and_cancel_stops_it_keeping_nothing(FxRobot robot) throws TimeoutException {
        RiskRequest example = BatchJson.readRiskRequest(ScenarioWorkspaceViewModelTest.BOOK);
        List<Position> positions = new ArrayList<>(example.portfolio().positions());
        positions.add(new SlowPosition());
        RiskRequest slow = new RiskRequest(example.market(), new Portfolio(positions), example.scenarioSets(),
                example.histories(), example.monteCarlo(), example.var(), null, null);
        robot.interact(() -> viewModel.openBook(new PortfolioSource() {
            @Override
            public String name() {
                return "slow book";
            }

            @Override
            public DeskBook load() {
                return new DeskBook(name(), slow);
            }
        }));
        waitUntil(() -> viewModel.bookProperty().get() != null);
        robot.interact(() -> viewModel.chosenProperty().set(viewModel.choices().stream()
                .filter(choice -> choice.origin() == ScenarioChoice.Origin.MONTE_CARLO).findFirst().orElseThrow()));

        robot.clickOn("#scenario-run");
        ProgressBar progress = robot.lookup("#scenario-progress").queryAs(ProgressBar.class);
        waitUntil(() -> progress.getProgress() > 0);
        Label status = robot.lookup("#scenario-status").queryAs(Label.class);
        assertThat(status.getText()).matches("Revalued \\d+ of 500 scenarios");
        assertThat(robot.lookup("#scenario-run").queryButton().isDisabled()).isTrue();
        robot.clickOn("#scenario-cancel");
        waitUntil(() -> "Cancelled: no result kept".equals(status.getText()));

        assertThat(robot.lookup("#scenario-results").queryTableView().getItems()).isEmpty();
        assertThat(progress.getProgress()).isLessThan(1.0);
        assertThat(robot.lookup("#scenario-run").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#scenario-cancel").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(viewModel.resultsProperty().get()).isNull();
    }

    @Test
    void a_bad_book_path_is_named_next_to_the_run_bar(FxRobot robot) {
        robot.clickOn("#scenario-book-path").write("no-such-book.json");
        robot.clickOn("#scenario-book-open");
        WaitForAsyncUtils.waitForFxEvents();
        try {
            waitUntil(() -> !robot.lookup("#scenario-error").queryLabeled().getText().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError(e);
        }

        Label error = robot.lookup("#scenario-error").queryAs(Label.class);
        assertThat(error.getText()).startsWith("Book file: no such file");
        assertThat(error.isVisible()).isTrue();
        assertThat(robot.lookup("#scenario-set").queryAs(ComboBox.class).getItems()).isEmpty();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A position that takes its time to value and is worth nothing: it makes a run long enough to cancel. */
    private static final class SlowPosition implements Position {
        @Override
        public String id() {
            return "slow";
        }

        @Override
        public double presentValue(Market market) {
            try {
                Thread.sleep(SLOW_VALUATION_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0.0;
        }
    }
}
