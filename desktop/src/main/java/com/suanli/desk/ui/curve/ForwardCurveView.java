package com.suanli.desk.ui.curve;

import com.suanli.desk.ui.chart.DeskCharts;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.text.Texts;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.geometry.Orientation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The futures strip of the linked product and hub against the pricing curve: the curve day by day as a line,
 * each month's market mark (mid, else last, else settlement) as a point at the middle of its month, and a
 * table of the months with how rich or cheap each is. Clicking a month links its contract.
 */
public final class ForwardCurveView {

    private final ForwardStripViewModel model;
    private final DoubleDataSet curveLine = new DoubleDataSet(Texts.get("curve.pricing"));
    private final DoubleDataSet marks = new DoubleDataSet(Texts.get("curve.market"));
    private final VBox root;

    public ForwardCurveView(ForwardStripViewModel model) {
        this.model = model;
        XYChart chart = DeskCharts.chart("curve-chart", DeskCharts.timeAxis(), Texts.get("chart.price"),
                Texts.get("chart.cny"));
        curveLine.setStyle("-fx-stroke: #58a6ff;");
        marks.setStyle("-fx-stroke: #d29922; -fx-fill: #d29922; -fx-marker-size: 5;");
        ErrorDataSetRenderer line = new ErrorDataSetRenderer();
        line.setErrorStyle(ErrorStyle.NONE);
        line.setDrawMarker(false);
        line.getDatasets().add(curveLine);
        ErrorDataSetRenderer points = new ErrorDataSetRenderer();
        points.setErrorStyle(ErrorStyle.NONE);
        points.setPolyLineStyle(LineStyle.NONE);
        points.setDrawMarker(true);
        points.getDatasets().add(marks);
        chart.getRenderers().setAll(line, points);

        TableView<StripPoint> table = Tables.table("curve-table", FXCollections.observableArrayList(),
                Texts.get("curve.none-listed"));
        table.getColumns().addAll(List.of(
                Tables.column(Texts.get("curve.month"), point -> point.contract().deliveryMonth().toString(), false),
                Tables.column(Texts.get("curve.settle"), price(StripPoint::settlement), true),
                Tables.column(Texts.get("curve.last"), price(StripPoint::last), true),
                Tables.column(Texts.get("curve.mid"), price(StripPoint::mid), true),
                Tables.column(Texts.get("curve.curve"),
                        point -> Double.isNaN(point.curve()) ? "" : Figures.price(point.curve()), true),
                Tables.signedColumn(Texts.get("curve.rich-cheap"), point -> signed(point.richness(), Figures::price),
                        ForwardCurveView::direction),
                Tables.signedColumn(Texts.get("curve.ticks"), point -> signed(point.richnessTicks(),
                        ticks -> String.format(
                        Locale.ROOT, "%.1f", ticks)), ForwardCurveView::direction)));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (chosen != null) {
                model.choose(chosen);
            }
        });
        Label status = new Label();
        status.setId("curve-status");
        status.textProperty().bind(model.statusProperty());
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(4, status, split);
        model.pointsProperty().addListener((observable, before, after) -> {
            table.getItems().setAll(after);
            draw();
        });
        model.curveProperty().addListener((observable, before, after) -> draw());
        table.getItems().setAll(model.points());
        draw();
    }

    private void draw() {
        List<CurveDay> days = model.curveDays();
        double[] x = new double[days.size()];
        double[] y = new double[days.size()];
        for (int i = 0; i < days.size(); i++) {
            x[i] = seconds(days.get(i).day());
            y[i] = days.get(i).price();
        }
        curveLine.set(x, y);
        List<StripPoint> marked = model.points().stream().filter(point -> point.mark().isPresent()).toList();
        double[] mx = new double[marked.size()];
        double[] my = new double[marked.size()];
        for (int i = 0; i < marked.size(); i++) {
            StripPoint point = marked.get(i);
            mx[i] = seconds(point.contract().deliveryMonth().atDay(15));
            my[i] = point.mark().orElseThrow().doubleValue();
        }
        marks.set(mx, my);
    }

    private static double seconds(LocalDate day) {
        return day.toEpochSecond(LocalTime.NOON, ZoneOffset.ofHours(8));
    }

    private static Function<StripPoint, String> price(Function<StripPoint, BigDecimal> figure) {
        return point -> figure.apply(point) == null ? "" : figure.apply(point).toPlainString();
    }

    private static String signed(OptionalDouble figure, Function<Double, String> format) {
        if (figure.isEmpty()) {
            return "";
        }
        double value = figure.getAsDouble();
        return (value > 0 ? "+" : "") + format.apply(value);
    }

    private static int direction(StripPoint point) {
        OptionalDouble rich = point.richness();
        return rich.isEmpty() || rich.getAsDouble() == 0 ? 0 : rich.getAsDouble() > 0 ? 1 : -1;
    }

    public Node root() {
        return root;
    }

    /** Months drawn with a market mark, and days of curve: what the tests read. */
    public int marksShown() {
        return marks.getDataCount();
    }

    public int curveDaysShown() {
        return curveLine.getDataCount();
    }
}
