package com.suanli.desk.ui.chart;

import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.listing.ContractSpec;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.AxisLabelFormatter;
import io.fair_acc.chartfx.axes.AxisLabelOverlapPolicy;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.spi.financial.FinancialTheme;
import io.fair_acc.chartfx.ui.geometry.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The desk's ChartFX charts set up one way: no animation (a live chart redraws every pulse), the price axis
 * on the right where a trader reads it, time in exchange time, ChartFX's dark scheme.
 */
public final class DeskCharts {

    /** Exchange time, Beijing. */
    private static final ZoneOffset EXCHANGE = ZoneOffset.ofHours(8);
    /** Room for one time label ("14:53:30", "2027-03") and the gap to the next, in pixels. */
    private static final double TIME_LABEL_ROOM = 90;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss");

    private DeskCharts() {
    }

    /** A chart over {@code x} with a price (or quantity) axis named {@code yName} on the right. */
    public static XYChart chart(String id, DefaultNumericAxis x, String yName, String yUnit) {
        DefaultNumericAxis y = new LabelledAxis(yName, yUnit);
        y.setAutoRangeRounding(false);
        y.setForceZeroInRange(false);
        x.setOverlapPolicy(AxisLabelOverlapPolicy.SKIP_ALT);
        XYChart chart = new XYChart(x, y);
        // After the chart is made: XYChart puts its second axis on the left, whatever side it was given.
        y.setSide(Side.RIGHT);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.getGridRenderer().setDrawOnTop(false);
        // ChartFX's own dark scheme: axis labels and grid readable on the desk's dark theme.
        FinancialTheme.Dark.applyPseudoClasses(chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        // ChartFX asks for more width than a charts panel beside the tape has; the panel then laid the chart out
        // wider than itself and cut off the price axis on the right.
        chart.setMinSize(0, 0);
        return chart;
    }

    /**
     * A time axis (epoch seconds) labelled in exchange time, with no more labels than its width holds: ChartFX's own
     * count (20) put a label every 30 s on a panel 400 px wide, each over the next. Each label says as much as its
     * tick needs ({@code 22:30}, {@code 22:30:15}, {@code 03-01} at midnight): ChartFX's own formatter labelled a
     * few minutes' bars {@code 22:30:00 +0000us}.
     */
    public static DefaultNumericAxis timeAxis() {
        DefaultNumericAxis time = new LabelledAxis(Texts.get("chart.time"), "CST");
        time.setTimeAxis(true);
        time.setAutoRangeRounding(false);
        AxisLabelFormatter steps = time.getAxisLabelFormatter();
        steps.setTickUnitSupplier(new TimeSteps(steps.getTickUnitSupplier()));
        time.setTickLabelFormatter(labels(seconds -> {
            LocalDateTime at = LocalDateTime.ofEpochSecond(Math.round(seconds), 0, EXCHANGE);
            return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(at)
                    : (at.getSecond() == 0 ? MINUTE : SECOND).format(at);
        }));
        time.widthProperty().addListener((property, before, width) -> time.setMaxMajorTickLabelCount(
                Math.max(2, (int) (width.doubleValue() / TIME_LABEL_ROOM))));
        return time;
    }

    /**
     * Steps a price axis by whole ticks of the instrument shown and labels it at the tick's decimals ({@code 15.10},
     * never {@code 15.105}); with no instrument shown, ChartFX's own steps.
     */
    public static void inTicks(Axis price, Supplier<ContractSpec> instrument) {
        DefaultNumericAxis axis = (DefaultNumericAxis) price;
        Supplier<BigDecimal> tick = () -> instrument.get() == null ? null : instrument.get().tickSize();
        AxisLabelFormatter steps = axis.getAxisLabelFormatter();
        steps.setTickUnitSupplier(new UnitSteps(tick, steps.getTickUnitSupplier()));
        axis.setTickLabelFormatter(labels(value -> {
            BigDecimal at = BigDecimal.valueOf(value);
            return tick.get() == null ? at.stripTrailingZeros().toPlainString()
                    : at.setScale(tick.get().scale(), RoundingMode.HALF_EVEN).toPlainString();
        }));
    }

    /** Steps an axis of lots by whole lots and labels it in them: a lot is not divided. */
    public static void inWholeLots(Axis lots) {
        DefaultNumericAxis axis = (DefaultNumericAxis) lots;
        AxisLabelFormatter steps = axis.getAxisLabelFormatter();
        steps.setTickUnitSupplier(new UnitSteps(() -> BigDecimal.ONE, steps.getTickUnitSupplier()));
        axis.setTickLabelFormatter(labels(value -> Long.toString(Math.round(value))));
    }

    /** Labels written by {@code format}; the axis reads none back (nothing is typed into it). */
    private static StringConverter<Number> labels(DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                return format.apply(seconds.doubleValue());
            }

            @Override
            public Number fromString(String label) {
                return Double.NaN;
            }
        };
    }

    /**
     * A time axis over months (a forward curve), each label its month, e.g. {@code 2027-03}: with no name under it,
     * which the months say, to leave the short chart its height.
     */
    public static DefaultNumericAxis monthAxis() {
        DefaultNumericAxis months = timeAxis();
        months.setName(null);
        months.setUnit(null);
        months.setTickLabelFormatter(labels(seconds -> YearMonth.from(Instant.ofEpochSecond((long) seconds)
                .atOffset(EXCHANGE)).toString()));
        return months;
    }
}
