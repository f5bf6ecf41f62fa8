package com.suanli.desk.ui.calculator;

import static com.suanli.desk.ui.form.Controls.button;
import static com.suanli.desk.ui.form.Controls.caption;
import static com.suanli.desk.ui.form.Controls.errorLine;
import static com.suanli.desk.ui.form.Controls.label;
import static com.suanli.desk.ui.form.Controls.textField;
import static com.suanli.desk.ui.form.Controls.wholeOnHover;

import atlantafx.base.theme.Styles;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.text.Texts;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One calculator's form: a field per input (Enter calculates), the Calculate button, the refusal line, the
 * figures in a grid, and the curve when the calculator draws one. A cover calculator on a desk that can buy
 * also has Buy beside Calculate, the line saying what was bought, and the user's policies.
 */
final class CalculatorView {

    private final Calculator calculator;
    private final String idPrefix;
    private final GridPane figures = new GridPane();
    private final ScrollPane root;

    /**
     * @param idPrefix prefixes every node id, e.g. {@code calc-option} makes {@code calc-option-strike}
     * @param desk what buys a cover, or null when the desk cannot buy
     */
    CalculatorView(Calculator calculator, String idPrefix, CoverDesk desk) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.idPrefix = Objects.requireNonNull(idPrefix, "idPrefix");
        Label title = new Label(calculator.title());
        title.getStyleClass().add(Styles.TITLE_4);
        Button calculate = button(idPrefix + "-calculate", Texts.get("calc.calculate"), calculator::calculate);
        calculate.getStyleClass().add(Styles.ACCENT);
        calculate.setDefaultButton(false);
        calculate.disableProperty().bind(calculator.busyProperty());
        figures.setId(idPrefix + "-results");
        figures.getStyleClass().add("calculator-results");
        figures.setHgap(12);
        figures.setVgap(3);
        calculator.results().addListener((ListChangeListener<ResultLine>) change -> {
            showFigures();
            inView(figures);
        });
        Node actions = calculate;
        Node policies = null;
        if (calculator instanceof CoverCalculator cover && desk != null) {
            Button buy = button(idPrefix + "-buy", Texts.get("calc.cover.buy"), () -> cover.buy(desk.buyer()));
            buy.disableProperty().bind(calculator.busyProperty());
            actions = new HBox(8, calculate, buy, label(idPrefix + "-bought", cover.boughtProperty()));
            policies = PoliciesView.table(idPrefix + "-policies", desk.policies());
        }
        VBox content = new VBox(10, title, form(), actions,
                errorLine(idPrefix + "-error", calculator.errorProperty()), figures);
        if (policies != null) {
            content.getChildren().addAll(caption(Texts.get("calc.policies.title")), policies);
        }
        if (calculator.curveTitle() != null) {
            content.getChildren().add(curve());
        }
        content.setPadding(new Insets(10, 12, 12, 12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId(idPrefix);
    }

    Node root() {
        return root;
    }

    private GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(5);
        int row = 0;
        for (CalculatorInput input : calculator.inputs()) {
            Node field;
            String id = idPrefix + "-" + input.id();
            if (input.choices().isEmpty()) {
                var text = textField(id, input.valueProperty(), input.hint());
                text.setPrefColumnCount(11);
                // A narrow panel cuts the hint, never the value typed (a date, a curve).
                text.setMinWidth(Region.USE_PREF_SIZE);
                text.setOnAction(event -> calculator.calculate());
                field = text;
            } else {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(input.choices());
                box.valueProperty().bindBidirectional(input.valueProperty());
                box.setId(id);
                box.setMinWidth(Region.USE_PREF_SIZE);
                box.getStyleClass().add(Styles.SMALL);
                field = box;
            }
            Label hint = new Label(input.hint());
            hint.getStyleClass().addAll(Styles.TEXT_SUBTLE, Styles.TEXT_SMALL);
            // The hint is what the field's unit or format is: cut on a narrow panel, it is whole on hover.
            wholeOnHover(hint);
            form.addRow(row++, caption(input.label()), field, hint);
        }
        return form;
    }

    private void showFigures() {
        figures.getChildren().clear();
        int row = 0;
        for (ResultLine line : calculator.results()) {
            Label value = new Label(line.value());
            value.getStyleClass().addAll(DeskTheme.TABULAR, "calculator-figure");
            value.setId(idPrefix + "-figure-" + row);
            // A figure is never cut short: the unit beside it gives way first.
            value.setMinWidth(Region.USE_PREF_SIZE);
            Label unit = new Label(line.unit());
            unit.getStyleClass().add(Styles.TEXT_MUTED);
            figures.addRow(row++, caption(line.label()), value, unit);
        }
    }

    /**
     * Scrolls the form so that {@code part} (the figures just computed) is whole in view: a long form (the outage
     * cover's) puts its answer under the fold, where a trader who pressed Enter in its first field would not see it.
     */
    private void inView(Node part) {
        root.applyCss();
        root.layout();
        double content = root.getContent().getLayoutBounds().getHeight();
        double viewport = root.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        double top = root.getVvalue() * (content - viewport);
        Bounds where = part.getBoundsInParent();
        if (where.getMaxY() > top + viewport) {
            top = Math.min(where.getMinY(), where.getMaxY() - viewport);
        } else if (where.getMinY() < top) {
            top = where.getMinY();
        }
        root.setVvalue(Math.max(0, Math.min(1, top / (content - viewport))));
    }

    private LineChart<Number, Number> curve() {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setLabel(Texts.get("calc.strike"));
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setLabel(Texts.get("calc.volatility"));
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(idPrefix + "-curve");
        chart.setTitle(calculator.curveTitle());
        chart.setLegendVisible(false);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        calculator.curve().addListener((ListChangeListener<CurvePoint>) change -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            calculator.curve().forEach(point -> series.getData().add(new XYChart.Data<>(point.x(), point.y())));
            chart.getData().setAll(List.of(series));
        });
        return chart;
    }
}
