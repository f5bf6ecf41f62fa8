package com.suanli.desk.ui.curve;

import com.suanli.desk.ui.chart.DeskCharts;
import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.text.Texts;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The futures strip of the linked product and hub against the pricing curve: the curve day by day as a line,
 * each month's market mark (mid, else last, else settlement) as a point at the middle of its month, and a
 * table of the months with how rich or cheap each is. Clicking a month links its contract.
 */
public final class ForwardCurveView {

    /**
     * The least height the chart keeps, in pixels: a plot of a hundred over its month axis, the price axis's labels
     * and a curve's slope readable.
     */
    private static final double PLOT_HEIGHT = 126;
    /** The plot's share of the height when there is room for more than {@link #PLOT_HEIGHT}. */
    private static final double PLOT_SHARE = 0.53;

    private final ForwardStripViewModel model;
    private final DoubleDataSet curveLine = new DoubleDataSet(Texts.get("curve.pricing"));
    private final DoubleDataSet marks = new DoubleDataSet(Texts.get("curve.market"));
    private final VBox root;
    private final Axis priceAxis;

    public ForwardCurveView(ForwardStripViewModel model) {
        this.model = model;
        XYChart chart = DeskCharts.chart("curve-chart", DeskCharts.monthAxis(), Texts.get("chart.price"),
                Texts.get("chart.cny"));
        // The key's colours (desk.css, curve-key-*), set by ChartFX 11.3's own properties of a data set.
        curveLine.setStyle("-fx-line-color: #58a6ff; -fx-line-width: 1.5;");
        marks.setStyle("-fx-marker-color: #d29922; -fx-marker-size: 4;");
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
        // The key sits on the status line (ChartFX's legend under the chart took a fifth of its height).
        chart.setLegendVisible(false);
        priceAxis = chart.getYAxis();

        TableView<StripPoint> table = Tables.table("curve-table", FXCollections.observableArrayList(),
                Texts.get("curve.none-listed"));
        TableColumn<StripPoint, String> month = Tables.column(Texts.get("curve.month"),
                point -> point.contract().deliveryMonth().toString(), false);
        TableColumn<StripPoint, String> settle = Tables.column(Texts.get("curve.settle"), price(StripPoint::settlement),
                true);
        TableColumn<StripPoint, String> last = Tables.column(Texts.get("curve.last"), price(StripPoint::last), true);
        // A mid between two ticks is half a tick: every mid shows one decimal more than the tick, so they align.
        TableColumn<StripPoint, String> mid = Tables.column(Texts.get("curve.mid"),
                point -> point.mid() == null ? "" : point.mid().setScale(scale(point) + 1, RoundingMode.HALF_EVEN)
                        .toPlainString(), true);
        TableColumn<StripPoint, String> curve = Tables.column(Texts.get("curve.curve"),
                point -> Double.isNaN(point.curve()) ? "" : atTick(point, point.curve()), true);
        TableColumn<StripPoint, String> rich = Tables.signedColumn(Texts.get("curve.rich-cheap"),
                point -> signed(point.richness(), each -> atTick(point, each)), ForwardCurveView::direction);
        TableColumn<StripPoint, String> ticks = Tables.signedColumn(Texts.get("curve.ticks"),
                point -> signed(point.richnessTicks(), each -> String.format(Locale.ROOT, "%.1f", each)),
                ForwardCurveView::direction);
        Tables.fitWords(month, List.of("2027-12"));
        List.of(settle, last, curve).forEach(column -> Tables.fitFigure(column, "122.12"));
        Tables.fitFigure(mid, "122.125");
        Tables.fitFigure(rich, "+12.12");
        Tables.fitFigure(ticks, "+125.0");
        table.getColumns().addAll(List.of(month, settle, last, mid, curve, rich, ticks));
        // A narrow panel leaves out the settlement, the last price, the curve's price (drawn above it) and then the
        // richness in ticks, rather than cut the last column or scroll sideways: the month, its mid and how rich it
        // is stay, in ticks too beside the tape at 1600 px and wider (the ticks went before the curve, which the plot
        // shows, and the English table had no ticks there).
        table.widthProperty().addListener((property, before, width) -> shed(table, width.doubleValue(), settle, last,
                curve, ticks));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (chosen != null) {
                model.choose(chosen);
            }
        });
        Label status = new Label();
        status.setId("curve-status");
        status.textProperty().bind(model.statusProperty());
        // The line is short (the strip and its curve's origin) so that it stays one line at a laptop's 1280x800, where
        // two lines left the strip one month under its header; the months counted are in its tooltip.
        Tooltip detail = new Tooltip();
        detail.textProperty().bind(model.detailProperty());
        status.setTooltip(detail);
        // On a narrower panel the line wraps rather than cut the curve's origin off: the line is as tall as its words
        // at its width (a box asks a label for its height on one line).
        status.setWrapText(true);
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        status.minHeightProperty().bind(Bindings.createDoubleBinding(() -> status.prefHeight(status.getWidth()),
                status.widthProperty(), status.textProperty()));
        status.getStyleClass().add("curve-heading");
        // The key in the plot's top right corner, where a curve that falls with obsolescence leaves room: on the
        // status line it made the line wrap on a laptop, which left the strip only its header at 1280x800.
        HBox key = new HBox(8, key("curve-key-pricing", "curve-key-line", Texts.get("curve.key.pricing"),
                Texts.get("curve.pricing")), key("curve-key-market", "curve-key-mark", Texts.get("curve.key.market"),
                Texts.get("curve.market")));
        key.getStyleClass().add("curve-key");
        key.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane plot = new StackPane(chart, key);
        StackPane.setAlignment(key, Pos.TOP_RIGHT);
        StackPane.setMargin(key, new Insets(4, 8, 0, 0));
        plot.setMinWidth(0);
        SplitPane split = new SplitPane(plot, table);
        split.setOrientation(Orientation.VERTICAL);
        // The plot and the strip share the height, the plot never under a readable height (on a laptop's screen the
        // strip then gives way; the split's own minimum sizes do not hold a divider set by position): at two thirds
        // for the plot, the table showed one or two months at 1600x1000.
        split.setDividerPositions(PLOT_SHARE);
        split.heightProperty().addListener((property, before, height) -> split.setDividerPositions(
                Math.max(PLOT_SHARE, Math.min(PLOT_HEIGHT / height.doubleValue(), 1))));
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(status, split);
        model.pointsProperty().addListener((observable, before, after) -> {
            table.getItems().setAll(after);
            draw();
        });
        model.curveProperty().addListener((observable, before, after) -> draw());
        table.getItems().setAll(model.points());
        draw();
    }

    /** A key to the chart: the series' colour and short name, its full name in the tooltip. */
    private static Label key(String id, String swatch, String name, String meaning) {
        Region colour = new Region();
        colour.getStyleClass().add(swatch);
        Label key = new Label(name, colour);
        key.setId(id);
        key.setMinWidth(Region.USE_PREF_SIZE);
        key.setTooltip(new Tooltip(meaning));
        return key;
    }

    /** Shows the {@code optional} columns, leaving out from the first while the table is narrower than it needs. */
    @SafeVarargs
    private static void shed(TableView<StripPoint> table, double width, TableColumn<StripPoint, String>... optional) {
        for (TableColumn<StripPoint, String> column : optional) {
            column.setVisible(true);
        }
        for (TableColumn<StripPoint, String> column : optional) {
            double needed = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum()
                    + Tables.SCROLL_BAR;
            if (needed <= width) {
                return;
            }
            column.setVisible(false);
        }
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
        frame(y, my);
    }

    /**
     * The price axis spans the curve and the marks, with a tenth of their range either side: ranged by ChartFX it
     * followed the curve alone and cut the marks above it in half.
     */
    private void frame(double[] curve, double[] marked) {
        DoubleSummaryStatistics prices = DoubleStream.concat(Arrays.stream(curve), Arrays.stream(marked))
                .summaryStatistics();
        if (prices.getCount() == 0) {
            priceAxis.setAutoRanging(true);
            return;
        }
        double room = Math.max((prices.getMax() - prices.getMin()) / 10, 0.01);
        priceAxis.setAutoRanging(false);
        priceAxis.set(prices.getMin() - room, prices.getMax() + room);
    }

    private static double seconds(LocalDate day) {
        return day.toEpochSecond(LocalTime.NOON, ZoneOffset.ofHours(8));
    }

    /** The contract's tick scale: the desk prints its prices with as many decimals as its tick has. */
    private static int scale(StripPoint point) {
        return point.contract().tickSize().scale();
    }

    /** A price from the curve at the contract's tick precision (the curve's own figures run to many decimals). */
    private static String atTick(StripPoint point, double price) {
        return BigDecimal.valueOf(price).setScale(scale(point), RoundingMode.HALF_EVEN).toPlainString();
    }

    private static Function<StripPoint, String> price(Function<StripPoint, BigDecimal> figure) {
        return point -> figure.apply(point) == null ? ""
                : figure.apply(point).setScale(scale(point), RoundingMode.HALF_EVEN).toPlainString();
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
