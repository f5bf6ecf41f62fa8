package com.suanli.desk.ui.chart;

import com.suanli.desk.ui.text.Texts;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisLabelOverlapPolicy;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.axes.spi.format.DefaultTimeFormatter;
import io.fair_acc.chartfx.renderer.spi.financial.FinancialTheme;
import io.fair_acc.chartfx.ui.geometry.Side;
import java.time.ZoneOffset;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The desk's ChartFX charts set up one way: no animation (a live chart redraws every pulse), the price axis
 * on the right where a trader reads it, time in exchange time, ChartFX's dark scheme.
 */
public final class DeskCharts {

    private DeskCharts() {
    }

    /** A chart over {@code x} with a price (or quantity) axis named {@code yName} on the right. */
    public static XYChart chart(String id, DefaultNumericAxis x, String yName, String yUnit) {
        DefaultNumericAxis y = new DefaultNumericAxis(yName, yUnit);
        y.setSide(Side.RIGHT);
        y.setAutoRangeRounding(false);
        y.setForceZeroInRange(false);
        x.setOverlapPolicy(AxisLabelOverlapPolicy.SKIP_ALT);
        XYChart chart = new XYChart(x, y);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.getGridRenderer().setDrawOnTop(false);
        // ChartFX's own dark scheme: axis labels and grid readable on the desk's dark theme.
        FinancialTheme.Dark.applyPseudoClasses(chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return chart;
    }

    /** A time axis (epoch seconds) labelled in exchange time. */
    public static DefaultNumericAxis timeAxis() {
        DefaultNumericAxis time = new DefaultNumericAxis(Texts.get("chart.time"), "CST");
        time.setTimeAxis(true);
        time.setAutoRangeRounding(false);
        if (time.getAxisLabelFormatter() instanceof DefaultTimeFormatter formatter) {
            formatter.setTimeZoneOffset(ZoneOffset.ofHours(8));
        }
        return time;
    }
}
