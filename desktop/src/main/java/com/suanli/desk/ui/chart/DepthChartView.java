package com.suanli.desk.ui.chart;

import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.PacedRedraw;
import com.suanli.exchange.listing.ContractSpec;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Cumulative bid lots (green, falling away to the left of the spread) and offered lots (red, to the right)
 * by price: how far a sweep of a given size would move the market.
 */
public final class DepthChartView {

    private final DepthChartViewModel model;
    private final DoubleDataSet bids = new DoubleDataSet(Texts.get("chart.bid-lots"));
    private final DoubleDataSet asks = new DoubleDataSet(Texts.get("chart.offered-lots"));
    private final VBox root;

    public DepthChartView(DepthChartViewModel model) {
        this.model = model;
        XYChart chart = DeskCharts.chart("depth-chart", new LabelledAxis(Texts.get("chart.price"),
                Texts.get("chart.cny")), Texts.get("chart.cumulative"), Texts.get("chart.lots"));
        DeskCharts.inTicks(chart.getXAxis(), model::instrument);
        DeskCharts.inWholeLots(chart.getYAxis());
        // ChartFX 11.3 styles a data set by its own properties (-fx-line-color): -fx-stroke left its palette's.
        bids.setStyle("-fx-line-color: #3fb950; -fx-line-width: 1.5;");
        asks.setStyle("-fx-line-color: #f85149; -fx-line-width: 1.5;");
        ErrorDataSetRenderer steps = new ErrorDataSetRenderer();
        steps.setPolyLineStyle(LineStyle.STAIR_CASE);
        steps.setErrorStyle(ErrorStyle.NONE);
        steps.setDrawMarker(false);
        steps.getDatasets().addAll(bids, asks);
        chart.getRenderers().setAll(steps);
        Label status = new Label();
        status.setId("depth-status");
        status.textProperty().bind(model.statusProperty());
        root = new VBox(4, status, chart);
        // The book moves with nearly every batch: on a busy market the chart redraws at a human rate.
        PacedRedraw pace = new PacedRedraw(model::busyMarket, PacedRedraw.Slot.DEPTH, this::fill);
        model.bidsProperty().addListener((observable, before, after) -> pace.changed());
        model.asksProperty().addListener((observable, before, after) -> pace.changed());
        fill();
    }

    private void fill() {
        fill(bids, model.bidsProperty().get(), true);
        fill(asks, model.asksProperty().get(), false);
    }

    /** ChartFX draws by rising price: the bids, best first, are laid out from the deepest up. */
    private void fill(DoubleDataSet set, List<DepthPoint> bestFirst, boolean bid) {
        ContractSpec contract = model.instrument();
        int n = bestFirst.size();
        double[] prices = new double[n];
        double[] lots = new double[n];
        for (int i = 0; i < n; i++) {
            DepthPoint point = bestFirst.get(bid ? n - 1 - i : i);
            prices[i] = contract.toPrice(point.price()).doubleValue();
            lots[i] = point.cumulativeLots();
        }
        set.set(prices, lots);
    }

    public Node root() {
        return root;
    }

    /** Levels drawn on each side: what the tests read. */
    public int levelsShown(boolean bid) {
        return (bid ? bids : asks).getDataCount();
    }
}
