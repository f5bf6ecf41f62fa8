package com.suanli.desk.ui.workspace;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;

/**
 * Lays out the panels of each workspace in split panes, each panel framed with its title. Workspaces
 * are built once and kept, so switching back shows the panels as they were left.
 */
public final class WorkspaceView {

    static final String PANEL_STYLE_CLASS = "desk-panel";

    private final PanelViews panels;
    private final Map<Workspace, Node> built = new EnumMap<>(Workspace.class);

    public WorkspaceView(PanelViews panels) {
        this.panels = Objects.requireNonNull(panels, "panels");
    }

    public Node of(Workspace workspace) {
        return built.computeIfAbsent(workspace, this::layOut);
    }

    private Node layOut(Workspace workspace) {
        if (workspace == Workspace.TRADING) {
            // Watch, ladder and ticket side by side over the blotter and charts: the eye moves left to right to trade.
            SplitPane top = split(Orientation.HORIZONTAL,
                    framed(Panel.MARKET_WATCH), framed(Panel.LADDER), framed(Panel.ORDER_TICKET));
            // The market watch scrolls its dozen columns; the ladder and the ticket must be whole to trade.
            top.setDividerPositions(0.47, 0.73);
            // The blotter and the charts share the lower half: what was done beside what the market does.
            SplitPane bottom = split(Orientation.HORIZONTAL, framed(Panel.BLOTTER), framed(Panel.CHARTS));
            bottom.setDividerPositions(0.4);
            SplitPane trading = split(Orientation.VERTICAL, top, bottom);
            trading.setDividerPositions(0.56);
            return trading;
        }
        if (workspace == Workspace.SESSIONS) {
            return framed(Panel.MONITORING);
        }
        // The book's risk over the calculators on the left; the scenario workspace, table beside charts, wide on the right.
        SplitPane left = split(Orientation.VERTICAL, framed(Panel.RISK), framed(Panel.CALCULATORS));
        left.setDividerPositions(0.22);
        SplitPane risk = split(Orientation.HORIZONTAL, left, framed(Panel.SCENARIOS));
        risk.setDividerPositions(0.36);
        return risk;
    }

    private static SplitPane split(Orientation orientation, Node... items) {
        SplitPane pane = new SplitPane(items);
        pane.setOrientation(orientation);
        return pane;
    }

    private Node framed(Panel panel) {
        TitledPane frame = new TitledPane(panel.title(), panels.viewOf(panel));
        frame.setCollapsible(false);
        frame.setMaxHeight(Double.MAX_VALUE);
        frame.setId(panel.nodeId());
        frame.getStyleClass().add(PANEL_STYLE_CLASS);
        return frame;
    }
}
