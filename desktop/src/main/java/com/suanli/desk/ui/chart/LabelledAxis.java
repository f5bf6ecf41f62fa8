package com.suanli.desk.ui.chart;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import javafx.beans.value.ChangeListener;

/**
 * ChartFX's numeric axis, measured across again when its labels come or go, so that it is always as deep as its labels
 * and name need. ChartFX measures a horizontal axis's height only when it is laid out at a new length or restyled: it
 * takes the labels' height as fixed while the range slides along the axis. But an empty chart's axis has no range
 * (NaN) and so no labels, and the height measured then (tick marks and name, 29 px) stayed when bars gave it a range:
 * the time labels were cut off under the chart, unless the price axis happened to change width at the same time,
 * and with it the time axis's length. Here a range that moves while the axis is measured without labels, or that
 * becomes no range while it is measured with them, has the axis measured again; a range sliding under labels
 * already measured costs no layout, as in ChartFX.
 */
final class LabelledAxis extends DefaultNumericAxis {

    LabelledAxis(String name, String unit) {
        super(name, unit);
        ChangeListener<Number> moved = (bound, before, after) -> {
            boolean measuredLabels = (getSide().isHorizontal() ? maxLabelHeight : maxLabelWidth) > 0;
            boolean numbers = Double.isFinite(getMin()) && Double.isFinite(getMax());
            if (measuredLabels != numbers) {
                invalidateLayout.run();
            }
        };
        minProperty().addListener(moved);
        maxProperty().addListener(moved);
    }
}
