package com.suanli.desk.ui.monitoring;

import com.suanli.exchange.listing.BusinessDays;
import com.suanli.data.monitoring.HubOutage;
import com.suanli.data.monitoring.HubReading;
import com.suanli.desk.ui.chart.DeskCharts;
import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.text.Texts;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The monitoring panel: occupancy per hub over time (a line per product and hub, in exchange time) over the
 * table of hubs beside the outage log.
 */
public final class MonitoringView {

    private static final ZoneId EXCHANGE_ZONE = BusinessDays.EXCHANGE_ZONE;
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    private final MonitoringViewModel model;
    private final XYChart chart;
    private final ErrorDataSetRenderer lines = new ErrorDataSetRenderer();
    private final Map<String, DoubleDataSet> series = new LinkedHashMap<>();
    private final SplitPane root;

    public MonitoringView(MonitoringViewModel model) {
        this.model = model;
        chart = DeskCharts.chart("monitoring-occupancy", DeskCharts.timeAxis(), Texts.get("monitoring.occupancyAxis"),
                "%");
        lines.setErrorStyle(ErrorStyle.NONE);
        lines.setDrawMarker(false);
        chart.getRenderers().setAll(lines);
        model.readingsProperty().addListener((property, before, after) -> redraw());
        redraw();
        SplitPane tables = new SplitPane(hubTable(), outageLog());
        tables.setDividerPositions(0.55);
        root = new SplitPane(new VBox(chart), tables);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.5);
        root.setId("monitoring");
    }

    private TableView<HubReading> hubTable() {
        TableView<HubReading> table = Tables.table("monitoring-hubs", model.hubs(), Texts.get("monitoring.noReadings"));
        table.getColumns().setAll(List.of(
                Tables.column(Texts.get("monitoring.hub"), HubReading::hubName, false),
                Tables.column(Texts.get("monitoring.capacity"), r -> Texts.format("monitoring.gpus", r.capacityGpus()), true),
                Tables.column(Texts.get("monitoring.online"), r -> Texts.format("monitoring.gpus", r.onlineGpus()), true),
                Tables.column(Texts.get("monitoring.occupancy"), r -> Texts.format("monitoring.share", r.occupancy()), true),
                Tables.column(Texts.get("monitoring.quality"), r -> Texts.format("monitoring.share", r.serviceQuality()),
                        true),
                Tables.column(Texts.get("monitoring.openOutages"), r -> Texts.format("monitoring.count", r.openOutages()),
                        true)));
        return table;
    }

    private TableView<HubOutage> outageLog() {
        TableView<HubOutage> table = Tables.table("monitoring-outages", model.outages(), Texts.get("monitoring.noOutages"));
        table.getColumns().setAll(List.of(
                Tables.column(Texts.get("monitoring.started"), o -> STARTED.format(o.start().atZone(EXCHANGE_ZONE)), true),
                Tables.column(Texts.get("monitoring.hub"), o -> o.productCode() + "-" + o.hub().code(), false),
                Tables.column(Texts.get("monitoring.offline"), o -> Texts.format("monitoring.gpus", o.gpusOffline()), true),
                Tables.column(Texts.get("monitoring.minutes"), o -> Texts.format("monitoring.count", o.minutes()), true)));
        return table;
    }

    /** Every hub's line from its readings: time in epoch seconds, occupancy in per cent. */
    private void redraw() {
        model.history().forEach((hub, readings) -> {
            DoubleDataSet line = series.computeIfAbsent(hub, name -> {
                DoubleDataSet added = new DoubleDataSet(name);
                lines.getDatasets().add(added);
                return added;
            });
            double[] times = new double[readings.size()];
            double[] occupancy = new double[readings.size()];
            for (int i = 0; i < readings.size(); i++) {
                times[i] = readings.get(i).at().getEpochSecond();
                occupancy[i] = readings.get(i).occupancy() * 100;
            }
            line.set(times, occupancy);
        });
    }

    public Node root() {
        return root;
    }

    /** Points drawn for a hub ({@code H100-YRD}): what the tests read. */
    public int pointsShown(String hubName) {
        DoubleDataSet line = series.get(hubName);
        return line == null ? 0 : line.getDataCount();
    }
}
