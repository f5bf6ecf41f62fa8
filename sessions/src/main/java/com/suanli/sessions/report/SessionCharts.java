package com.suanli.sessions.report;

import com.suanli.sessions.report.SessionReport.DailyVolume;
import com.suanli.sessions.report.SessionReport.Fixing;
import com.suanli.sessions.report.SessionReport.IndexReport;
import com.suanli.sessions.report.SessionReport.PathPoint;
import com.suanli.sessions.report.SessionReport.Pnl;
import com.suanli.sessions.report.SessionReport.PricePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Draws a session report as PNG files with JFreeChart, which renders through AWT into an image and
 * so needs no display and no JavaFX platform (the command line runs headless): for each product and
 * hub its spot and nearest future against their fair values with the daily index fixings
 * ({@code price-H100-YRD.png}), the lots traded each day per product ({@code volume.png}), and P&amp;L
 * by agent type and for the user ({@code pnl.png}).
 */
public final class SessionCharts {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 700;
    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    /** Where a day's fixing is drawn when the hub's paths have no point that day. */
    private static final LocalTime NOON = LocalTime.NOON;

    private SessionCharts() {
    }

    /** Writes every chart into {@code directory} (created if need be) and returns the files written, in order. */
    public static List<Path> write(SessionReport report, Path directory) {
        try {
            Files.createDirectories(directory);
            List<Path> written = new ArrayList<>();
            for (IndexReport index : report.indices()) {
                Path file = directory.resolve("price-" + index.product() + "-" + index.hub() + ".png");
                ChartUtils.saveChartAsPNG(file.toFile(), priceChart(report, index), WIDTH, HEIGHT);
                written.add(file);
            }
            Path volume = directory.resolve("volume.png");
            ChartUtils.saveChartAsPNG(volume.toFile(), volumeChart(report), WIDTH, HEIGHT);
            written.add(volume);
            Path pnl = directory.resolve("pnl.png");
            ChartUtils.saveChartAsPNG(pnl.toFile(), pnlChart(report), WIDTH, HEIGHT);
            written.add(pnl);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the charts to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The spot and the nearest future listed at the hub (standard, not green), each beside its fair value, and the index. */
    private static JFreeChart priceChart(SessionReport report, IndexReport index) {
        TimeSeriesCollection lines = new TimeSeriesCollection();
        List<PricePath> paths = report.paths().stream().filter(p -> p.product().equals(index.product())
                && p.hub().equals(index.hub()) && !p.green()).toList();
        paths.stream().filter(p -> p.kind().equals("SPOT")).findFirst().ifPresent(p -> addPath(lines, p));
        paths.stream().filter(p -> p.kind().equals("FUTURE")).findFirst().ifPresent(p -> addPath(lines, p));
        // Each fixing at the day's last sampled time (the close is after it), drawn as a marked point.
        Map<LocalDate, LocalDateTime> lastOfDay = new TreeMap<>();
        paths.forEach(path -> path.points().forEach(point -> lastOfDay.merge(point.time().toLocalDate(), point.time(),
                (a, b) -> a.isAfter(b) ? a : b)));
        TimeSeries fixings = new TimeSeries("index");
        for (Fixing fixing : index.fixings()) {
            fixings.addOrUpdate(at(lastOfDay.getOrDefault(fixing.day(), fixing.day().atTime(NOON))), fixing.price());
        }
        lines.addSeries(fixings);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(report.name() + ": " + index.product() + " at "
                + index.hub() + ", price against fair value (CNY a unit)", "Shanghai time", "CNY", lines);
        XYPlot plot = (XYPlot) chart.getPlot();
        ((DateAxis) plot.getDomainAxis()).setTimeZone(TimeZone.getTimeZone(SHANGHAI));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesShapesVisible(lines.getSeriesCount() - 1, true);
        return chart;
    }

    private static void addPath(TimeSeriesCollection lines, PricePath path) {
        TimeSeries price = new TimeSeries(path.symbol());
        TimeSeries fair = new TimeSeries(path.symbol() + " fair value");
        for (PathPoint point : path.points()) {
            point.price().ifPresent(p -> price.addOrUpdate(at(point.time()), p));
            fair.addOrUpdate(at(point.time()), point.fair());
        }
        lines.addSeries(price);
        lines.addSeries(fair);
    }

    private static FixedMillisecond at(LocalDateTime time) {
        return new FixedMillisecond(time.toInstant(SHANGHAI).toEpochMilli());
    }

    private static JFreeChart volumeChart(SessionReport report) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        for (DailyVolume day : report.dailyVolume()) {
            for (Map.Entry<String, Long> lots : new TreeMap<>(day.lotsByProduct()).entrySet()) {
                bars.addValue(lots.getValue(), lots.getKey(), day.day().toString());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(report.name() + ": lots traded a day", "day", "lots", bars);
        // A month of ISO dates does not fit across: upright labels.
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        return chart;
    }

    private static JFreeChart pnlChart(SessionReport report) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        List<Pnl> rows = new ArrayList<>(report.pnl().byAgentType());
        report.pnl().user().ifPresent(user -> rows.add(user.pnl()));
        for (Pnl pnl : rows) {
            bars.addValue(pnl.trading(), "trading", pnl.type());
            bars.addValue(pnl.fees(), "fees", pnl.type());
            bars.addValue(pnl.penalties(), "penalties", pnl.type());
            bars.addValue(pnl.total(), "total", pnl.type());
        }
        return ChartFactory.createBarChart(report.name() + ": P&L by agent type (CNY)", "agent type", "CNY", bars);
    }
}
