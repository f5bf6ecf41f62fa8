package com.suanli.desk.ui.workspace;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A feature's view in its panel: the panel's node id and style class around the content a feature supplies, and a
 * layout boundary. The frame lays its view out itself (the view is not managed by it), so a change inside the view
 * (a label's text, a table's row count) lays out the view alone: without the boundary every such change asked the
 * dock's split panes, tab panes and the window's root to lay themselves out again, on every pulse of a busy market
 * (docs/BENCHMARKS.md, PulseProbe). The panel's size is the dock's to give; the frame's own sizes are the view's as
 * they were when the dock last asked.
 */
final class PanelFrame extends StackPane {

    static final String STYLE_CLASS = "desk-panel";

    private final Node view;

    PanelFrame(Panel panel, Node view) {
        this.view = Objects.requireNonNull(view, "view");
        view.setManaged(false);
        getChildren().add(view);
        setId(panel.nodeId());
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        view.resizeRelocate(left, top, getWidth() - left - snappedRightInset(),
                getHeight() - top - snappedBottomInset());
    }

    @Override
    protected double computeMinWidth(double height) {
        return wide(view.minWidth(-1));
    }

    @Override
    protected double computeMinHeight(double width) {
        return high(view.minHeight(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return wide(view.prefWidth(-1));
    }

    @Override
    protected double computePrefHeight(double width) {
        return high(view.prefHeight(-1));
    }

    /** The frame's width around a view {@code viewWidth} wide. */
    private double wide(double viewWidth) {
        return snappedLeftInset() + viewWidth + snappedRightInset();
    }

    /** The frame's height around a view {@code viewHeight} high. */
    private double high(double viewHeight) {
        return snappedTopInset() + viewHeight + snappedBottomInset();
    }
}
