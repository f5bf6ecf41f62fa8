package com.suanli.desk.ui.risk;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.calculator.Calculators;
import com.suanli.desk.ui.calculator.CalculatorsView;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The risk officer's panels as the workstation wires them: the scenario workspace and the calculators, on
 * one task executor of their own, so a long revaluation never queues the engine's work behind it.
 */
public final class RiskWorkspace {

    private static final String STYLESHEET = Objects.requireNonNull(RiskWorkspace.class.getResource("risk.css"),
            "risk.css missing from the classpath").toExternalForm();

    private final ScenarioWorkspaceViewModel scenarios;
    private final TaskExecutor tasks;

    /**
     * @param tasks runs loads, revaluations and quotes off the UI thread
     * @param uiThread where a run's progress is handed over; the application passes {@code Platform::runLater}
     * @param store where scenario sets and runs are kept
     */
    public RiskWorkspace(TaskExecutor tasks, Executor uiThread, ScenarioStore store) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.scenarios = new ScenarioWorkspaceViewModel(tasks, uiThread, store);
    }

    public ScenarioWorkspaceViewModel scenarios() {
        return scenarios;
    }

    public Node scenariosView() {
        return styled(new ScenarioWorkspaceView(scenarios).root());
    }

    public Node calculatorsView() {
        return styled(new CalculatorsView(Calculators.all(tasks)).root());
    }

    private static Node styled(Parent view) {
        view.getStylesheets().add(STYLESHEET);
        return view;
    }
}
