package com.suanli.desk.ui.replay;

import com.suanli.desk.ui.text.Texts;
import com.suanli.sessions.report.SessionReport;
import com.suanli.sessions.report.SessionReport.ContractReport;
import com.suanli.sessions.report.SessionReport.DeliveryReport;
import com.suanli.sessions.report.SessionReport.Fixing;
import com.suanli.sessions.report.SessionReport.InsuranceLine;
import com.suanli.sessions.report.SessionReport.InsuranceReport;
import com.suanli.sessions.report.SessionReport.Pnl;
import com.suanli.sessions.report.SessionReport.Totals;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The session report in the workstation: its figures in words, and charts of the daily volume, each
 * contract's spread and distance from fair value, the index fixings, the settlement prices, P&amp;L by agent
 * type and for the user, the deliveries and their failures, and the insurance by hub and cover with its loss
 * ratio. The command line draws the same report as PNG files (SessionCharts).
 */
final class ReportChartsView {

    private static final double CHART_WIDTH = 560;
    private static final double CHART_HEIGHT = 300;

    private ReportChartsView() {
    }

    static Node of(SessionReport report) {
        Label figures = new Label(figures(report));
        figures.setId("replay-report-figures");
        figures.setWrapText(true);
        GridPane charts = new GridPane();
        charts.setHgap(8);
        charts.setVgap(8);
        List<XYChart<?, ?>> all = List.of(volume(report), spreads(report), indices(report), settlements(report),
                pnl(report), deliveries(report.deliveries()), insurance(report.insurance()));
        for (int i = 0; i < all.size(); i++) {
            XYChart<?, ?> chart = all.get(i);
            chart.setAnimated(false);
            chart.setPrefSize(CHART_WIDTH, CHART_HEIGHT);
            chart.getStyleClass().add("replay-report-chart");
            charts.add(chart, i % 2, i / 2);
        }
        VBox content = new VBox(8, figures, charts);
        content.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("replay-report");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static String figures(SessionReport report) {
        Totals t = report.totals();
        DeliveryReport d = report.deliveries();
        InsuranceReport i = report.insurance();
        return Texts.format("report.figures.market", t.trades(), t.commands(), t.events(), t.refused(), t.outages(),
                t.marginCalls(), t.defaults(), report.pnl().exchangeFees())
                + System.lineSeparator()
                + Texts.format("report.figures.deliveries", d.obligations(), d.units(), d.deliveredUnits(),
                d.failedUnits(), d.payments(), d.penalties())
                + System.lineSeparator()
                + Texts.format("report.figures.insurance", i.policies(), i.premiums(), i.claims(), i.claimsPaid(),
                i.lossRatio());
    }

    private static XYChart<String, Number> volume(SessionReport report) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId("replay-chart-volume");
        chart.setTitle(Texts.get("report.chart.volume"));
        TreeSet<String> products = new TreeSet<>();
        report.dailyVolume().forEach(day -> products.addAll(day.lotsByProduct().keySet()));
        for (String product : products) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(product);
            report.dailyVolume().forEach(day -> series.getData().add(
                    new XYChart.Data<>(day.day().toString(), day.lotsByProduct().getOrDefault(product, 0L))));
            chart.getData().add(series);
        }
        return chart;
    }

    private static XYChart<String, Number> spreads(SessionReport report) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId("replay-chart-spread");
        chart.setTitle(Texts.get("report.chart.spread"));
        XYChart.Series<String, Number> spread = named("report.series.spread");
        XYChart.Series<String, Number> fair = named("report.series.fair");
        for (ContractReport c : report.contracts()) {
            spread.getData().add(new XYChart.Data<>(c.symbol(), c.meanSpreadBps()));
            fair.getData().add(new XYChart.Data<>(c.symbol(), c.meanAbsPriceMinusFairBps()));
        }
        chart.getData().add(spread);
        chart.getData().add(fair);
        return chart;
    }

    private static XYChart<String, Number> indices(SessionReport report) {
        LineChart<String, Number> chart = line("replay-chart-index", "report.chart.index");
        report.indices().forEach(index -> chart.getData().add(fixings(index.product() + "-" + index.hub(),
                index.fixings())));
        return chart;
    }

    private static XYChart<String, Number> settlements(SessionReport report) {
        LineChart<String, Number> chart = line("replay-chart-settlements", "report.chart.settlements");
        report.contracts().stream().filter(c -> !c.settlements().isEmpty())
                .forEach(c -> chart.getData().add(fixings(c.symbol(), c.settlements())));
        return chart;
    }

    private static XYChart<String, Number> pnl(SessionReport report) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId("replay-chart-pnl");
        chart.setTitle(Texts.get("report.chart.pnl"));
        List<Pnl> rows = new ArrayList<>(report.pnl().byAgentType());
        report.pnl().user().ifPresent(user -> rows.add(new Pnl(Texts.get("report.user"), 1, user.pnl().trading(),
                user.pnl().fees(), user.pnl().penalties(), user.pnl().total(), user.pnl().marginCalls(),
                user.pnl().defaults())));
        XYChart.Series<String, Number> trading = named("report.series.trading");
        XYChart.Series<String, Number> fees = named("report.series.fees");
        XYChart.Series<String, Number> penalties = named("report.series.penalties");
        XYChart.Series<String, Number> total = named("report.series.total");
        for (Pnl row : rows) {
            trading.getData().add(new XYChart.Data<>(row.type(), row.trading()));
            fees.getData().add(new XYChart.Data<>(row.type(), row.fees()));
            penalties.getData().add(new XYChart.Data<>(row.type(), row.penalties()));
            total.getData().add(new XYChart.Data<>(row.type(), row.total()));
        }
        chart.getData().addAll(List.of(trading, fees, penalties, total));
        return chart;
    }

    private static XYChart<String, Number> deliveries(DeliveryReport deliveries) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId("replay-chart-deliveries");
        chart.setTitle(Texts.get("report.chart.deliveries"));
        String units = Texts.format("report.deliveries.category", deliveries.obligations());
        XYChart.Series<String, Number> delivered = named("report.series.delivered");
        delivered.getData().add(new XYChart.Data<>(units, deliveries.deliveredUnits()));
        XYChart.Series<String, Number> failed = named("report.series.failed");
        failed.getData().add(new XYChart.Data<>(units, deliveries.failedUnits()));
        chart.getData().addAll(List.of(delivered, failed));
        return chart;
    }

    private static XYChart<String, Number> insurance(InsuranceReport insurance) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId("replay-chart-insurance");
        chart.setTitle(Texts.format("report.chart.insurance", insurance.lossRatio()));
        XYChart.Series<String, Number> premiums = named("report.series.premiums");
        XYChart.Series<String, Number> claims = named("report.series.claims");
        for (InsuranceLine line : insurance.byHubAndCover()) {
            String category = Texts.format("report.insurance.category", line.product() + "-" + line.hub(),
                    Texts.get("report.cover." + line.cover()), line.lossRatio());
            premiums.getData().add(new XYChart.Data<>(category, line.premiums()));
            claims.getData().add(new XYChart.Data<>(category, line.claimsPaid()));
        }
        chart.getData().addAll(List.of(premiums, claims));
        return chart;
    }

    private static LineChart<String, Number> line(String id, String titleKey) {
        NumberAxis prices = new NumberAxis();
        prices.setForceZeroInRange(false);
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), prices);
        chart.setId(id);
        chart.setTitle(Texts.get(titleKey));
        return chart;
    }

    private static XYChart.Series<String, Number> fixings(String name, List<Fixing> fixings) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        fixings.forEach(f -> series.getData().add(new XYChart.Data<>(f.day().toString(), f.price())));
        return series;
    }

    private static XYChart.Series<String, Number> named(String key) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(Texts.get(key));
        return series;
    }
}
