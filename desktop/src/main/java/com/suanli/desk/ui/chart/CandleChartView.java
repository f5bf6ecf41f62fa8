package com.suanli.desk.ui.chart;

import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.PacedRedraw;
import com.suanli.exchange.listing.ContractSpec;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.dataset.events.ChartBits;
import io.fair_acc.dataset.spi.financial.OhlcvDataSet;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Candles with volume under them for the linked instrument, and the interval buttons over them. */
public final class CandleChartView {

    private final CandleChartViewModel model;
    private final OhlcvDataSet bars = new OhlcvDataSet(Texts.get("chart.trades"));
    private final XYChart chart;
    private final VBox root;

    public CandleChartView(CandleChartViewModel model) {
        this.model = model;
        chart = DeskCharts.chart("candle-chart", DeskCharts.timeAxis(), Texts.get("chart.price"),
                Texts.get("chart.cny"));
        DeskCharts.inTicks(chart.getYAxis(), model::instrument);
        CandleRenderer candles = new CandleRenderer(() -> model.intervalProperty().get().millis() / 1000.0);
        candles.getDatasets().add(bars);
        chart.getRenderers().setAll(candles);
        // One series, named by the status over it: its legend only took height from the bars.
        chart.setLegendVisible(false);
        chart.getPlugins().add(new DataPointTooltip());

        ToggleGroup intervals = new ToggleGroup();
        // The status goes to a line of its own when the panel is too narrow for it beside the intervals.
        FlowPane bar = new FlowPane(4, 4);
        bar.getStyleClass().add("candle-intervals");
        for (BarInterval interval : BarInterval.values()) {
            ToggleButton button = new ToggleButton(interval.title());
            button.setId("candle-interval-" + interval.label());
            button.setToggleGroup(intervals);
            button.setUserData(interval);
            // A narrow panel shortens the status beside them, never the intervals to "…".
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setSelected(interval == model.intervalProperty().get());
            bar.getChildren().add(button);
        }
        intervals.selectedToggleProperty().addListener((observable, before, chosen) -> {
            if (chosen == null) {
                before.setSelected(true);   // one interval is always chosen
            } else {
                model.intervalProperty().set((BarInterval) chosen.getUserData());
            }
        });
        Label status = new Label();
        status.setId("candle-status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.setPadding(new Insets(0, 0, 0, 8));
        bar.getChildren().add(status);

        root = new VBox(4, bar, chart);
        // The last bar moves with every print: on a busy market the chart redraws at a human rate.
        PacedRedraw pace = new PacedRedraw(model::busyMarket, PacedRedraw.Slot.CANDLES, this::show);
        model.candlesProperty().addListener((observable, before, after) -> pace.changed());
        show();
    }

    private void show() {
        List<Candle> candles = model.candles();
        bars.setData(new CandleOhlcv(candles, model.instrument()));
        frame(candles);
        bars.fireInvalidated(ChartBits.DataSetData);
    }

    /**
     * The time axis spans the bars with one interval before the first and two after the last: ranged over the bars
     * alone, a single bar spans no time and a few span less than the axis's labels need, and the axis then labelled
     * microseconds ('0:32:00 0000us'). The price axis spans the bars' lows and highs with a tenth of their range
     * (at least a tick) either side: ranged by ChartFX it cut the bars' tops off. With no bar both range themselves.
     */
    private void frame(List<Candle> candles) {
        Axis time = chart.getXAxis();
        Axis price = chart.getYAxis();
        if (candles.isEmpty()) {
            time.setAutoRanging(true);
            price.setAutoRanging(true);
            return;
        }
        ContractSpec contract = model.instrument();
        long low = candles.stream().mapToLong(Candle::low).min().orElseThrow();
        long high = candles.stream().mapToLong(Candle::high).max().orElseThrow();
        long room = Math.max((high - low) / 10, 1);
        price.setAutoRanging(false);
        price.set(contract.toPrice(low - room).doubleValue(), contract.toPrice(high + room).doubleValue());
        double interval = model.intervalProperty().get().millis() / 1000.0;
        time.setAutoRanging(false);
        time.set(candles.get(0).start() / 1000.0 - interval, candles.get(candles.size() - 1).start() / 1000.0
                + 2 * interval);
    }

    public Node root() {
        return root;
    }

    /** How many bars the chart holds: what the tests read. */
    public int barsShown() {
        return bars.getDataCount();
    }
}
