package com.suanli.desk.ui.calculator;

import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.refusal.RefusalWords;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A calculator's view-model: its form's inputs, and {@link #calculate()}, which reads every input on the UI
 * thread (a refusal names the field and the reason, and clears the figures shown) and hands
 * the pricing to the task executor, so a slow quote never holds the screen.
 */
public abstract class Calculator {

    private final String title;
    private final String curveTitle;
    private final TaskExecutor tasks;
    private final List<CalculatorInput> inputs;
    private final ObservableList<ResultLine> results = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> curve = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * @param curveTitle what the drawn curve shows, or null when the calculator draws none
     */
    Calculator(String title, String curveTitle, TaskExecutor tasks, List<CalculatorInput> inputs) {
        this.title = Objects.requireNonNull(title, "title");
        this.curveTitle = curveTitle;
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.inputs = List.copyOf(inputs);
    }

    /**
     * Reads the inputs and returns the pricing to run.
     *
     * @throws IllegalArgumentException naming the field and the reason when an input is refused
     */
    abstract Callable<Quote> prepare();

    /** Reads the form and prices it in the background; the figures or the refusal arrive on the UI thread. */
    public final void calculate() {
        price(quote -> { });
    }

    /**
     * Reads the form and prices it in the background; on the UI thread the figures are shown and handed to
     * {@code then}, or the refusal is shown and {@code then} never runs.
     */
    final void price(Consumer<Quote> then) {
        Callable<Quote> pricing;
        try {
            pricing = prepare();
        } catch (IllegalArgumentException refused) {
            refuse(refused);
            return;
        }
        error.set("");
        busy.set(true);
        tasks.execute(BackgroundTask.wrap(pricing)
                .onSuccess(quote -> {
                    busy.set(false);
                    results.setAll(quote.lines());
                    curve.setAll(quote.curve());
                    then.accept(quote);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    refuse(failure);
                }));
    }

    /** Figures of other inputs must not stand beside a refusal: they are cleared with it. */
    final void refuse(Throwable failure) {
        results.clear();
        curve.clear();
        // The pricing library's refusals in the desk's language; the desk's own are worded already.
        String reason = RefusalWords.known(failure).orElse(failure.getMessage());
        error.set(reason == null || reason.isBlank() ? failure.getClass().getSimpleName() : reason);
    }

    /** The value typed in the input with this id. */
    final String input(String id) {
        return inputs.stream().filter(input -> input.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no input " + id)).value();
    }

    public final String title() {
        return title;
    }

    /** Null when the calculator draws no curve. */
    public final String curveTitle() {
        return curveTitle;
    }

    public final List<CalculatorInput> inputs() {
        return inputs;
    }

    public final ObservableList<ResultLine> results() {
        return results;
    }

    public final ObservableList<CurvePoint> curve() {
        return curve;
    }

    /** The last refusal or pricing failure as "field: reason"; empty when none. */
    public final ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public final ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
