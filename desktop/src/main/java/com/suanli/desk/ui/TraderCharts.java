package com.suanli.desk.ui;

import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.chart.BookSource;
import com.suanli.desk.ui.chart.CandleChartView;
import com.suanli.desk.ui.chart.CandleChartViewModel;
import com.suanli.desk.ui.chart.DepthChartView;
import com.suanli.desk.ui.chart.DepthChartViewModel;
import com.suanli.desk.ui.chart.TradeArchive;
import com.suanli.desk.ui.chart.TradeBars;
import com.suanli.desk.ui.curve.CurveSource;
import com.suanli.desk.ui.curve.ForwardCurveView;
import com.suanli.desk.ui.curve.ForwardStripViewModel;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.tape.TapeView;
import com.suanli.desk.ui.tape.TapeViewModel;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.desk.ui.workspace.HiddenTabs;
import com.suanli.desk.ui.workspace.PanelViews;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * The charts panel: candles with volume, depth and the forward curve in tabs, the tape beside them, all
 * following the linked instrument and fed from the same batches as the trader's desk.
 */
final class TraderCharts {

    private final SplitPane root;

    TraderCharts(TradingDesk desk, InstrumentLink link, TradeArchive archive, BookSource books, CurveSource curves,
                 TaskExecutor tasks, Clock clock) {
        TradeBars bars = new TradeBars();
        desk.follow(bars::apply);
        CandleChartView candles = new CandleChartView(new CandleChartViewModel(desk, bars, link, archive, tasks));
        Tab depthTab = tab("charts-depth", Texts.get("charts.depth-tab"));
        DepthChartViewModel depth = new DepthChartViewModel(desk, link, books, depthTab.selectedProperty());
        Tab curveTab = tab("charts-curve", Texts.get("charts.curve-tab"));
        ForwardStripViewModel curve = new ForwardStripViewModel(desk, link, curves, archive, tasks, clock,
                curveTab.selectedProperty());
        TapeView tape = new TapeView(new TapeViewModel(desk, link, archive, tasks), clock.getZone());
        TabPane charts = new TabPane(tab("charts-candles", Texts.get("charts.candles-tab")), depthTab, curveTab);
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Each chart fits the width the split gives it rather than pushing under the tape.
        charts.setMinWidth(0);
        charts.getTabs().get(0).setContent(narrow(candles.root()));
        // The depth and curve charts (ChartFX's charts and canvases) are built when first looked at, not before the
        // window's first show; their view-models follow the desk from the start.
        HiddenTabs.buildWhenChosen(depthTab, () -> narrow(new DepthChartView(depth).root()));
        HiddenTabs.buildWhenChosen(curveTab, () -> narrow(new ForwardCurveView(curve).root()));
        root = new SplitPane(charts, tape.root());
        root.setDividerPositions(0.7);
        PanelViews.keepChosenTab(root, charts, "charts-tabs");
    }

    private static Tab tab(String id, String title) {
        Tab tab = new Tab(title);
        tab.setId(id);
        return tab;
    }

    private static Node narrow(Node chart) {
        ((Region) chart).setMinWidth(0);
        return chart;
    }

    Node root() {
        return root;
    }
}
