package com.suanli.desk.ui.risk;

import static com.suanli.desk.ui.form.Controls.button;
import static com.suanli.desk.ui.form.Controls.caption;
import static com.suanli.desk.ui.form.Controls.errorLine;
import static com.suanli.desk.ui.form.Controls.figure;
import static com.suanli.desk.ui.form.Controls.label;
import static com.suanli.desk.ui.form.Controls.textField;
import static com.suanli.desk.ui.form.Controls.toolbar;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.text.TermConverter;
import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.risk.ShiftKind;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The scenario workspace: the book and the set over a run bar with progress and cancel; the P&amp;L table with
 * base value, VaR and ES beside a chart of the P&amp;L, the explain's waterfall and the scenario builder.
 */
public final class ScenarioWorkspaceView {

    /** Up to this many scenarios are charted one bar each; more are charted as a histogram. */
    static final int BARS_PER_SCENARIO_LIMIT = 40;
    /** Histogram bins: about the square root of the scenarios, within these bounds. */
    private static final int FEWEST_BINS = 8;
    private static final int MOST_BINS = 40;

    private final ScenarioWorkspaceViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final BarChart<String, Number> pnlChart = new BarChart<>(new CategoryAxis(), new NumberAxis());

    public ScenarioWorkspaceView(ScenarioWorkspaceViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        root.setTop(new VBox(bookBar(), setBar(), runBar()));
        SplitPane centre = new SplitPane(resultsPane(), chartsPane());
        centre.setOrientation(Orientation.HORIZONTAL);
        centre.setDividerPositions(0.42);
        root.setCenter(centre);
        root.getStyleClass().add("scenario-workspace");
        viewModel.resultsProperty().addListener((property, before, after) -> chart(after));
    }

    public Parent root() {
        return root;
    }

    private HBox bookBar() {
        TextField path = textField("scenario-book-path", viewModel.bookPathProperty(),
                Texts.get("risk.book-prompt"));
        path.setOnAction(event -> viewModel.openBookFile());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = button("scenario-book-browse", "…", () -> choose(false, Texts.get("risk.open-a-book"),
                viewModel.bookPathProperty()::set));
        Button open = button("scenario-book-open", Texts.get("risk.open-book"), viewModel::openBookFile);
        Label book = label("scenario-book", viewModel.bookTextProperty());
        book.getStyleClass().add(Styles.TEXT_MUTED);
        Button desk = button("scenario-book-desk", Texts.get("risk.scenarios.desk"), viewModel::openDeskBook);
        return toolbar(caption(Texts.get("risk.book-caption")), path, browse, open, desk, book);
    }

    private HBox setBar() {
        ComboBox<ScenarioChoice> sets = new ComboBox<>(viewModel.choices());
        sets.setId("scenario-set");
        sets.getStyleClass().add(Styles.SMALL);
        sets.valueProperty().bindBidirectional(viewModel.chosenProperty());
        sets.setPromptText(Texts.get("risk.set-prompt"));
        sets.setPrefWidth(330);
        Button stored = button("scenario-set-stored", Texts.get("risk.stored-sets-button"),
                viewModel::refreshStoredSets);
        TextField file = textField("scenario-set-file", viewModel.setFileProperty(), Texts.get("risk.set-file-prompt"));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = button("scenario-set-browse", "…", () -> choose(false, Texts.get("risk.read-a-set"),
                viewModel.setFileProperty()::set));
        Button load = button("scenario-set-load", Texts.get("risk.read-file"), viewModel::loadSetFile);
        Button write = button("scenario-set-write", Texts.get("risk.write-file"), viewModel::saveSetFile);
        Button save = button("scenario-set-save", Texts.get("risk.save-set"), viewModel::saveSetToDatabase);
        return toolbar(caption(Texts.get("risk.draft.set")), sets, stored, file, browse, load, write, save);
    }

    private VBox runBar() {
        ComboBox<Double> confidence = new ComboBox<>();
        confidence.getItems().setAll(ScenarioWorkspaceViewModel.CONFIDENCES);
        confidence.setId("scenario-confidence");
        confidence.getStyleClass().add(Styles.SMALL);
        confidence.valueProperty().bindBidirectional(viewModel.confidenceProperty());
        confidence.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double level) {
                return level == null ? "" : Texts.format("risk.var-level", Figures.percent(level));
            }

            @Override
            public Double fromString(String text) {
                throw new UnsupportedOperationException("the confidence is chosen, not typed");
            }
        });
        Button run = button("scenario-run", Texts.get("risk.run"), viewModel::run);
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(viewModel.runningProperty());
        Button cancel = button("scenario-cancel", Texts.get("risk.cancel"), viewModel::cancel);
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.setId("scenario-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setPrefWidth(180);
        Label status = label("scenario-status", viewModel.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = errorLine("scenario-error", viewModel.errorProperty());
        HBox bar = toolbar(confidence, run, cancel, progress, status);
        VBox box = new VBox(bar, error);
        VBox.setMargin(error, new Insets(2, 8, 4, 8));
        return box;
    }

    private VBox resultsPane() {
        GridPane figures = new GridPane();
        figures.getStyleClass().add("risk-figures");
        figures.setHgap(12);
        figures.setVgap(2);
        figures.addRow(0, caption(Texts.get("risk.base-value")), figure("scenario-base", viewModel.baseTextProperty()));
        figures.addRow(1, caption(Texts.get("risk.var")), figure("scenario-var", viewModel.varTextProperty()));
        figures.addRow(2, caption(Texts.get("risk.es")), figure("scenario-es", viewModel.esTextProperty()));
        figures.setPadding(new Insets(6, 8, 6, 8));

        TableView<ScenarioPnlRow> table = new TableView<>(viewModel.rows());
        Tables.fitHeaders(table);
        table.setId("scenario-results");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        TableColumn<ScenarioPnlRow, String> scenario = new TableColumn<>(Texts.get("risk.draft.scenario"));
        scenario.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().scenario()));
        scenario.setPrefWidth(220);
        TableColumn<ScenarioPnlRow, Double> pnl = new TableColumn<>(Texts.get("blotter.pnl"));
        pnl.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().pnl()));
        pnl.setCellFactory(column -> new PnlCell());
        pnl.getStyleClass().addAll("figures", DeskTheme.TABULAR);
        pnl.setPrefWidth(140);
        table.getColumns().addAll(List.of(scenario, pnl));
        Label placeholder = new Label(Texts.get("risk.no-run"));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button saveRun = button("scenario-save-run", Texts.get("risk.save-run"), viewModel::saveRun);
        Button csv = button("scenario-export-csv", Texts.get("risk.export-csv"),
                () -> choose(true, Texts.get("risk.export-csv-title"), path -> viewModel.exportCsv(Path.of(path))));
        Button json = button("scenario-export-json", Texts.get("risk.export-json"),
                () -> choose(true, Texts.get("risk.export-json-title"), path -> viewModel.exportJson(Path.of(path))));
        for (Button needsResults : List.of(saveRun, csv, json)) {
            needsResults.disableProperty().bind(viewModel.resultsProperty().isNull());
        }
        return new VBox(figures, table, toolbar(saveRun, csv, json));
    }

    private TabPane chartsPane() {
        pnlChart.setId("scenario-pnl-chart");
        pnlChart.setLegendVisible(false);
        pnlChart.setAnimated(false);
        pnlChart.setTitle(Texts.get("risk.pnl-by-scenario"));
        pnlChart.setCategoryGap(4);
        WaterfallChart waterfall = new WaterfallChart(viewModel.explainSteps());
        waterfall.setId("scenario-waterfall");
        Label explain = label("scenario-explain", viewModel.explainTextProperty());
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        VBox explainBox = new VBox(explain, waterfall);
        explainBox.setPadding(new Insets(6, 8, 6, 8));
        VBox.setVgrow(waterfall, Priority.ALWAYS);
        TabPane tabs = new TabPane(new Tab(Texts.get("risk.pnl-chart-tab"), pnlChart),
                new Tab(Texts.get("risk.explain-tab"), explainBox), new Tab(Texts.get("risk.build-tab"), builder()));
        tabs.setId("scenario-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Node builder() {
        ScenarioDraft draft = viewModel.draft();
        ComboBox<ShockType> type = new ComboBox<>();
        type.getItems().setAll(ShockType.values());
        type.valueProperty().bindBidirectional(draft.typeProperty());
        type.setId("draft-type");
        ComboBox<ShiftKind> kind = new ComboBox<>();
        kind.getItems().setAll(ShiftKind.values());
        kind.setConverter(new TermConverter<>());
        kind.valueProperty().bindBidirectional(draft.kindProperty());
        kind.setId("draft-kind");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(10));
        form.addRow(0, caption(Texts.get("risk.draft.set")), textField("draft-set", draft.setNameProperty(),
                Texts.get("risk.draft.set-prompt")));
        form.addRow(1, caption(Texts.get("risk.draft.scenario")), textField("draft-scenario",
                draft.scenarioNameProperty(),
                Texts.get("risk.draft.scenario-prompt")));
        form.addRow(2, caption(Texts.get("risk.draft.shock")), type);
        form.addRow(3, caption(Texts.get("risk.draft.product")), textField("draft-product", draft.productProperty(),
                Texts.get("risk.draft.all-products")));
        form.addRow(4, caption(Texts.get("risk.draft.hub")), textField("draft-hub", draft.hubProperty(),
                Texts.get("risk.draft.all-hubs")));
        form.addRow(5, caption(Texts.get("risk.draft.month")), textField("draft-month", draft.monthProperty(),
                Texts.get("risk.draft.month-prompt")));
        form.addRow(6, caption(Texts.get("risk.draft.kind")), kind);
        form.addRow(7, caption(Texts.get("risk.draft.amount")), textField("draft-amount", draft.amountProperty(),
                Texts.get("risk.draft.amount-prompt")));
        form.add(button("draft-add", Texts.get("risk.draft.add"), viewModel::addDraftScenario), 1, 8);
        return form;
    }

    private void chart(ScenarioResults results) {
        pnlChart.getData().clear();
        if (results == null) {
            return;
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        double[] pnl = results.pnl().pnl();
        if (pnl.length <= BARS_PER_SCENARIO_LIMIT) {
            for (int i = 0; i < pnl.length; i++) {
                series.getData().add(new XYChart.Data<>(results.pnl().scenarioNames().get(i), pnl[i]));
            }
            pnlChart.setTitle(Texts.get("risk.pnl-by-scenario"));
        } else {
            int bins = Math.max(FEWEST_BINS, Math.min(MOST_BINS, (int) Math.round(Math.sqrt(pnl.length))));
            for (PnlHistogram.Bin bin : PnlHistogram.of(pnl, bins).bins()) {
                double middle = (bin.from() + bin.to()) / 2;
                series.getData().add(new XYChart.Data<>(Figures.amount(middle), bin.count(), middle));
            }
            pnlChart.setTitle(Texts.format("risk.scenarios-by-pnl", pnl.length));
        }
        pnlChart.getData().add(series);
        // The chart gives each bar its series' style classes as it adds it: the sign's colour goes on after.
        for (XYChart.Data<String, Number> bar : series.getData()) {
            double pnlOfBar = bar.getExtraValue() instanceof Double middle ? middle : bar.getYValue().doubleValue();
            bar.getNode().getStyleClass().add(pnlOfBar >= 0 ? "pnl-up" : "pnl-down");
        }
    }

    /** A P&amp;L figure: monospaced, right-aligned, green for a gain and red for a loss. */
    private static final class PnlCell extends TableCell<ScenarioPnlRow, Double> {
        @Override
        protected void updateItem(Double value, boolean empty) {
            super.updateItem(value, empty);
            boolean blank = empty || value == null;
            setText(blank ? null : Figures.amount(value));
            pseudoClassStateChanged(DeskTheme.UP, !blank && value >= 0);
            pseudoClassStateChanged(DeskTheme.DOWN, !blank && value < 0);
        }
    }

    private void choose(boolean save, String title, Consumer<String> chosen) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File file = save ? chooser.showSaveDialog(root.getScene().getWindow())
                : chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            chosen.accept(file.getPath());
        }
    }

}
