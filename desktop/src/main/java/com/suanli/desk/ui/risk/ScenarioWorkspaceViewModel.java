package com.suanli.desk.ui.risk;

import com.suanli.data.pricing.ScenarioSetJson;
import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.task.TaskProgress;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.risk.HistoricalScenarios;
import com.suanli.pricing.risk.MonteCarloScenarios;
import com.suanli.pricing.risk.MonteCarloSpec;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.RiskRequest;
import com.suanli.pricing.risk.Scenario;
import com.suanli.pricing.risk.ScenarioSet;
import com.suanli.pricing.risk.VarResult;
import com.suanli.pricing.risk.VarSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario workspace's state and commands. All disk and pricing work goes through the task executor;
 * outcomes arrive on the UI thread. A run reports progress and can be cancelled; a cancelled or failed run
 * leaves the previous results as they were.
 */
public final class ScenarioWorkspaceViewModel {

    /** The VaR confidences offered; 99% is the desk's default. */
    public static final List<Double> CONFIDENCES = List.of(0.95, 0.975, 0.99);

    private final TaskExecutor tasks;
    private final Executor uiThread;
    private final ScenarioStore store;
    private Supplier<PortfolioSource> deskBook = () -> {
        throw new IllegalArgumentException(Texts.get("risk.desk.book.unavailable"));
    };

    private final StringProperty bookPath = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper bookText = new ReadOnlyStringWrapper(Texts.get("risk.no-book"));
    private final ReadOnlyObjectWrapper<DeskBook> book = new ReadOnlyObjectWrapper<>();

    private final ObservableList<ScenarioChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ScenarioChoice> chosen = new SimpleObjectProperty<>();
    private final StringProperty setFile = new SimpleStringProperty("");
    private final ScenarioDraft draft = new ScenarioDraft();
    private final ObjectProperty<Double> confidence = new SimpleObjectProperty<>(0.99);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Texts.get("risk.start"));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private TaskProgress runProgress;

    private final ReadOnlyObjectWrapper<ScenarioResults> results = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ScenarioPnlRow> rows = FXCollections.observableArrayList();
    private final ObservableList<WaterfallStep> explainSteps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper baseText = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper varText = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper esText = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper explainText = new ReadOnlyStringWrapper(Texts.get("risk.explain-start"));

    /**
     * @param tasks runs loads, revaluations, saves and exports off the UI thread
     * @param uiThread where progress reaches the screen; the application passes {@code Platform::runLater}
     * @param store where sets and runs are kept
     */
    public ScenarioWorkspaceViewModel(TaskExecutor tasks, Executor uiThread, ScenarioStore store) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.store = Objects.requireNonNull(store, "store");
    }

    // ---- the book

    /** Opens the book file typed in {@link #bookPathProperty()}. */
    public void openBookFile() {
        attempt(() -> openBook(new RiskRequestFile(Path.of(Fields.required(Texts.get("risk.book-file"),
                bookPath.get())))));
    }

    /** Where {@link #openDeskBook()} takes the desk's real portfolio from: clearing, as the Risk panel reads it. */
    public void deskBookFrom(Supplier<PortfolioSource> desk) {
        deskBook = Objects.requireNonNull(desk, "desk");
    }

    /** Opens the desk's portfolio as clearing holds it now, priced on curves through the market's marks. */
    public void openDeskBook() {
        attempt(() -> openBook(deskBook.get()));
    }

    /** Loads the book off the UI thread; its scenario sets, historical and Monte Carlo sets join the choices. */
    public void openBook(PortfolioSource source) {
        Objects.requireNonNull(source, "source");
        begin(Texts.format("risk.opening", source.name()));
        work(() -> {
            DeskBook loaded = source.load();
            return new OpenedBook(loaded, bookChoices(loaded.contents()));
        }, opened -> {
            book.set(opened.book());
            choices.removeIf(choice -> choice.origin().fromBook());
            choices.addAll(opened.choices());
            if (!choices.contains(chosen.get())) {
                chosen.set(opened.choices().isEmpty() ? null : opened.choices().get(0));
            }
            double bookConfidence = opened.book().contents().var().confidence();
            if (CONFIDENCES.contains(bookConfidence)) {
                confidence.set(bookConfidence);
            }
            DeskBook loaded = opened.book();
            bookText.set(Texts.format(loaded.hasPreviousDay() ? "risk.book-with-previous-day" : "risk.book",
                    loaded.name(), loaded.positions(), loaded.contents().market().data().valuationDate().toString()));
            status.set(Texts.format("risk.opened", loaded.name()));
        });
    }

    private record OpenedBook(DeskBook book, List<ScenarioChoice> choices) {
    }

    /** The sets a book brings: those it names, historical windows of its histories, its Monte Carlo paths. */
    private static List<ScenarioChoice> bookChoices(RiskRequest request) {
        List<ScenarioChoice> found = new ArrayList<>();
        request.scenarioSets().forEach(set -> found.add(ScenarioChoice.of(set, ScenarioChoice.Origin.BOOK)));
        VarSettings var = request.var();
        if (!request.histories().isEmpty()) {
            List<Scenario> windows = HistoricalScenarios.fromIndexHistories(request.histories(),
                    var.historicalWindowDays());
            found.add(new ScenarioChoice(new ScenarioSet("historical", windows), ScenarioChoice.Origin.HISTORICAL, var));
        }
        MonteCarloSpec mc = request.monteCarlo();
        if (mc != null) {
            List<Scenario> paths = mc.factors().isEmpty()
                    ? MonteCarloScenarios.fromIndexHistories(request.histories(), var.horizonDays(), mc.paths(), mc.seed())
                    : MonteCarloScenarios.simulate(mc.factors(), mc.correlation(), var.horizonDays(), mc.paths(),
                            mc.seed());
            // Paths are drawn over the whole horizon: VaR reads them as they are.
            VarSettings simulated = new VarSettings(var.confidence(), var.horizonDays(), VarSettings.HorizonScaling.NONE);
            found.add(new ScenarioChoice(new ScenarioSet("monte-carlo", paths), ScenarioChoice.Origin.MONTE_CARLO,
                    simulated));
        }
        return found;
    }

    // ---- scenario sets

    /** Reads the database's sets into the choices. */
    public void refreshStoredSets() {
        begin(Texts.get("risk.reading-stored"));
        work(store::sets, sets -> {
            replaceChoices(ScenarioChoice.Origin.DATABASE,
                    sets.stream().map(set -> ScenarioChoice.of(set, ScenarioChoice.Origin.DATABASE)).toList());
            status.set(Texts.format("risk.stored-sets", sets.size()));
        });
    }

    /** Reads the set file typed in {@link #setFileProperty()} (docs/SCENARIOS.md) and chooses it. */
    public void loadSetFile() {
        attempt(() -> {
            Path file = Path.of(Fields.required(Texts.get("risk.set-file"), setFile.get()));
            begin(Texts.format("risk.reading", file.getFileName()));
            work(() -> ScenarioSetJson.read(file), set -> {
                ScenarioChoice choice = ScenarioChoice.of(set, ScenarioChoice.Origin.FILE);
                choices.add(choice);
                chosen.set(choice);
                status.set(Texts.format("risk.read", set.name(), file.getFileName()));
            });
        });
    }

    /** Writes the chosen set to the file typed in {@link #setFileProperty()}. */
    public void saveSetFile() {
        attempt(() -> {
            ScenarioSet set = requireChosen().set();
            Path file = Path.of(Fields.required(Texts.get("risk.set-file"), setFile.get()));
            begin(Texts.format("risk.writing", file.getFileName()));
            work(() -> {
                ScenarioSetJson.write(set, file);
                return file;
            }, written -> status.set(Texts.format("risk.wrote", set.name(), written)));
        });
    }

    /** Keeps the chosen set in the database under its name. */
    public void saveSetToDatabase() {
        attempt(() -> {
            ScenarioChoice choice = requireChosen();
            begin(Texts.format("risk.saving-set", choice.set().name()));
            work(() -> {
                store.save(choice.set());
                return store.sets();
            }, sets -> {
                replaceChoices(ScenarioChoice.Origin.DATABASE,
                        sets.stream().map(set -> ScenarioChoice.of(set, ScenarioChoice.Origin.DATABASE)).toList());
                status.set(Texts.format("risk.saved-set", choice.set().name()));
            });
        });
    }

    /** Adds the draft's scenario to the set being built here, and chooses that set. */
    public void addDraftScenario() {
        attempt(() -> {
            ScenarioChoice current = choices.stream().filter(c -> c.origin() == ScenarioChoice.Origin.BUILT)
                    .findFirst().orElse(null);
            ScenarioSet built = draft.addTo(current == null ? null : current.set());
            ScenarioChoice choice = ScenarioChoice.of(built, ScenarioChoice.Origin.BUILT);
            replaceChoices(ScenarioChoice.Origin.BUILT, List.of(choice));
            chosen.set(choice);
            status.set(Texts.format("risk.set-holds", built.name(), built.scenarios().size()));
        });
    }

    private void replaceChoices(ScenarioChoice.Origin origin, List<ScenarioChoice> replacements) {
        ScenarioChoice was = chosen.get();
        choices.removeIf(choice -> choice.origin() == origin);
        choices.addAll(replacements);
        if (was != null && was.origin() == origin) {
            chosen.set(replacements.stream().filter(c -> c.set().name().equals(was.set().name())).findFirst()
                    .orElse(null));
        }
    }

    // ---- the run

    /** Revalues the book under the chosen set as a background task; progress shows, {@link #cancel()} stops it. */
    public void run() {
        attempt(() -> {
            if (running.get()) {
                throw new IllegalArgumentException(Texts.get("risk.run-going"));
            }
            DeskBook current = book.get();
            if (current == null) {
                throw new IllegalArgumentException(Texts.get("risk.open-book-first"));
            }
            ScenarioChoice choice = requireChosen();
            Double level = confidence.get();
            if (level == null) {
                throw new IllegalArgumentException(Texts.get("risk.choose-confidence"));
            }
            TaskProgress tracker = new TaskProgress(uiThread, this::progressed);
            runProgress = tracker;
            running.set(true);
            progress.set(0);
            begin(Texts.format("risk.revaluing", current.positions(), choice.size()));
            tasks.execute(BackgroundTask.wrap(() -> ScenarioRevaluation.run(current, choice, level, tracker))
                    .onSuccess(found -> {
                        finishRun(tracker);
                        show(found);
                        status.set(Texts.format("risk.ran", choice.set().name(), found.pnl().size()));
                    })
                    .onFailure(failure -> {
                        finishRun(tracker);
                        if (failure instanceof CancellationException) {
                            status.set(Texts.get("risk.cancelled"));
                        } else {
                            fail(failure);
                        }
                    }));
        });
    }

    /** Asks the running revaluation to stop; it stops after the slice it is on. */
    public void cancel() {
        if (runProgress != null) {
            runProgress.cancel();
            status.set(Texts.get("risk.cancelling"));
        }
    }

    private void progressed(long done, long total) {
        // A hand-over can arrive after the run ended: the run's own outcome has the last word.
        if (running.get() && total > 0) {
            progress.set((double) done / total);
            status.set(Texts.format("risk.revalued", done, total));
        }
    }

    private void finishRun(TaskProgress tracker) {
        if (runProgress == tracker) {
            runProgress = null;
            running.set(false);
        }
    }

    private void show(ScenarioResults found) {
        results.set(found);
        PnlVector pnl = found.pnl();
        List<ScenarioPnlRow> table = new ArrayList<>(pnl.size());
        for (int i = 0; i < pnl.size(); i++) {
            table.add(new ScenarioPnlRow(pnl.scenarioNames().get(i), pnl.pnl(i)));
        }
        rows.setAll(table);
        progress.set(1);
        baseText.set(Figures.amount(pnl.basePresentValue()));
        VarResult var = found.var().result();
        String horizon = Texts.format("risk.horizon", found.var().settings().horizonDays(),
                Figures.percent(found.var().settings().confidence()));
        varText.set(var == null ? found.var().problem() : Figures.amount(var.valueAtRisk()) + horizon);
        esText.set(var == null ? "—" : Figures.amount(var.expectedShortfall()) + horizon);
        if (found.explain() == null) {
            explainSteps.clear();
            explainText.set(Texts.get("risk.no-previous-day"));
        } else {
            explainSteps.setAll(WaterfallStep.of(found.explain()));
            explainText.set(Texts.format("risk.explained", Figures.amount(found.explain().actual()),
                    Figures.amount(found.explain().unexplained())));
        }
    }

    // ---- saving and exporting

    /** Keeps the shown run (and its set) in the database. */
    public void saveRun() {
        attempt(() -> {
            ScenarioResults shown = requireResults();
            begin(Texts.get("risk.saving-run"));
            work(() -> store.saveRun(shown.choice().set(), shown.valuationDate(), shown.book(), shown.pnl()),
                    runId -> status.set(Texts.format("risk.saved-run", runId, shown.choice().set().name())));
        });
    }

    /** Writes the shown run as CSV, one row per scenario. */
    public void exportCsv(Path file) {
        export(file, ScenarioExport::csv);
    }

    /** Writes the shown run as JSON: base value, VaR and ES, the explain, and every scenario's P&amp;L. */
    public void exportJson(Path file) {
        export(file, ScenarioExport::json);
    }

    private void export(Path file, Function<ScenarioResults, String> format) {
        attempt(() -> {
            ScenarioResults shown = requireResults();
            Objects.requireNonNull(file, "file");
            begin(Texts.format("risk.exporting", file.getFileName()));
            work(() -> Files.writeString(file, format.apply(shown)),
                    written -> status.set(Texts.format("risk.exported", written)));
        });
    }

    // ---- plumbing

    private ScenarioChoice requireChosen() {
        ScenarioChoice choice = chosen.get();
        if (choice == null) {
            throw new IllegalArgumentException(Texts.get("risk.choose-set"));
        }
        return choice;
    }

    private ScenarioResults requireResults() {
        ScenarioResults shown = results.get();
        if (shown == null) {
            throw new IllegalArgumentException(Texts.get("risk.run-first"));
        }
        return shown;
    }

    private void begin(String doing) {
        error.set("");
        status.set(doing);
    }

    private <V> void work(Callable<V> job, Consumer<V> done) {
        tasks.execute(BackgroundTask.wrap(job).onSuccess(done).onFailure(this::fail));
    }

    /** A refusal of what the user typed or chose shows as the error line, nothing else changes. */
    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException refused) {
            fail(refused);
        }
    }

    private void fail(Throwable failure) {
        String reason = RefusalWords.known(failure).orElse(failure.getMessage());
        error.set(reason == null || reason.isBlank() ? failure.getClass().getSimpleName() : reason);
        status.set("");
    }

    // ---- properties

    public StringProperty bookPathProperty() {
        return bookPath;
    }

    public ReadOnlyStringProperty bookTextProperty() {
        return bookText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeskBook> bookProperty() {
        return book.getReadOnlyProperty();
    }

    public ObservableList<ScenarioChoice> choices() {
        return choices;
    }

    public ObjectProperty<ScenarioChoice> chosenProperty() {
        return chosen;
    }

    public StringProperty setFileProperty() {
        return setFile;
    }

    public ScenarioDraft draft() {
        return draft;
    }

    public ObjectProperty<Double> confidenceProperty() {
        return confidence;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last refusal or failure, naming the field or the file and the reason; empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScenarioResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ObservableList<ScenarioPnlRow> rows() {
        return rows;
    }

    public ObservableList<WaterfallStep> explainSteps() {
        return explainSteps;
    }

    public ReadOnlyStringProperty baseTextProperty() {
        return baseText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty varTextProperty() {
        return varText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty esTextProperty() {
        return esText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explainTextProperty() {
        return explainText.getReadOnlyProperty();
    }
}
