package com.suanli.desk.ui.marketwatch;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;

/**
 * The market watch's bar: the filters on the left, the count and the Columns menu on the right, in one row when
 * the watch is wide enough for every control at its full width, and the count and the menu on a second row under
 * the filters when it is not (a laptop's 1280 pixels), rather than cutting every control to "…".
 */
final class FilterBar extends Region {

    /** Between the filters and the count, and between the two rows. */
    private static final double GAP = 8;
    private static final double ROW_GAP = 4;

    private final Region filters;
    private final Region tail;

    /** @param filters the filters, in a row; {@code tail} the count and the menu, in a row */
    FilterBar(Region filters, Region tail) {
        this.filters = filters;
        this.tail = tail;
        getChildren().addAll(filters, tail);
        getStyleClass().add("panel-toolbar");
    }

    /** Whether every control fits in one row of {@code width} (the bar's own, insets included). */
    boolean inOneRow(double width) {
        Insets insets = getInsets();
        return filters.prefWidth(-1) + GAP + tail.prefWidth(-1) <= width - insets.getLeft() - insets.getRight();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets insets = getInsets();
        return Math.max(filters.minWidth(-1), tail.minWidth(-1)) + insets.getLeft() + insets.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        return filters.prefWidth(-1) + GAP + tail.prefWidth(-1) + insets.getLeft() + insets.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double rows = width < 0 || inOneRow(width)
                ? Math.max(filters.prefHeight(-1), tail.prefHeight(-1))
                : filters.prefHeight(-1) + ROW_GAP + tail.prefHeight(-1);
        return snapSizeY(rows + insets.getTop() + insets.getBottom());
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double left = insets.getLeft();
        double top = insets.getTop();
        double width = getWidth() - left - insets.getRight();
        double height = getHeight() - top - insets.getBottom();
        double tailWidth = Math.min(tail.prefWidth(-1), width);
        if (inOneRow(getWidth())) {
            layoutInArea(filters, left, top, width - tailWidth - GAP, height, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(tail, left + width - tailWidth, top, tailWidth, height, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double firstRow = filters.prefHeight(-1);
            layoutInArea(filters, left, top, width, firstRow, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(tail, left + width - tailWidth, top + firstRow + ROW_GAP, tailWidth,
                    height - firstRow - ROW_GAP, 0, HPos.RIGHT, VPos.CENTER);
        }
    }
}
