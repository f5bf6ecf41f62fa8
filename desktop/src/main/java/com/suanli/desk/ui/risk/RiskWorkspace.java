package com.suanli.desk.ui.risk;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.calculator.Calculators;
import com.suanli.desk.ui.calculator.CalculatorsView;
import com.suanli.desk.ui.calculator.CoverDesk;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The risk officer's panels as the workstation wires them: the desk's portfolio from clearing, the scenario
 * workspace and the calculators. Scenario runs and quotes share one task executor, the desk's portfolio reads
 * and prices on another, so a long revaluation neither queues the engine's work nor holds the Risk panel back.
 */
public final class RiskWorkspace {

    private static final String STYLESHEET = Objects.requireNonNull(RiskWorkspace.class.getResource("risk.css"),
            "risk.css missing from the classpath").toExternalForm();

    private final ScenarioWorkspaceViewModel scenarios;
    private final DeskRiskViewModel desk;
    private final TaskExecutor tasks;
    /** What buys the quoted covers; null until the workstation gives it. */
    private CoverDesk covers;

    /**
     * @param tasks runs loads, revaluations and quotes off the UI thread
     * @param deskTasks reads and prices the desk's portfolio off the UI thread
     * @param uiThread where a run's progress is handed over; the application passes {@code Platform::runLater}
     * @param store where scenario sets and runs are kept
     */
    public RiskWorkspace(TaskExecutor tasks, TaskExecutor deskTasks, Executor uiThread, ScenarioStore store) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.scenarios = new ScenarioWorkspaceViewModel(tasks, uiThread, store);
        this.desk = new DeskRiskViewModel(deskTasks);
        scenarios.deskBookFrom(desk::deskBook);
    }

    public ScenarioWorkspaceViewModel scenarios() {
        return scenarios;
    }

    /** The desk's portfolio: connect it to clearing once the exchange runs, tell it who signed in. */
    public DeskRiskViewModel desk() {
        return desk;
    }

    /** @param zone the exchange's zone, which margin call deadlines are shown in */
    public Node deskView(ZoneId zone) {
        return styled(new DeskRiskView(desk, zone).root());
    }

    public Node scenariosView() {
        return styled(new ScenarioWorkspaceView(scenarios).root());
    }

    /** The calculators' Buy, for the views made from now on. */
    public void buyCovers(CoverDesk desk) {
        this.covers = Objects.requireNonNull(desk, "desk");
    }

    public Node calculatorsView() {
        return styled(new CalculatorsView(Calculators.all(tasks), covers).root());
    }

    private static Node styled(Parent view) {
        view.getStylesheets().add(STYLESHEET);
        return view;
    }
}
