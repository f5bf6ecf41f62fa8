package com.suanli.desk.ui.chart;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.financial.OhlcvDataSet;
import java.util.function.DoubleSupplier;

/**
 * ChartFX's candles with volume, sized for the few bars a new market has. ChartFX sizes a candle by the least
 * distance between neighbouring bars and scales the volume by the largest after the first bar in view: a lone bar
 * had no neighbour, so a width of nothing (no body, no volume drawn), and a volume scaled by nothing. Here a
 * candle is at most its interval wide, and the volume is scaled by the largest of all the bars.
 *
 * <p>The price axis is the view's to range ({@link CandleChartView}), never the renderer's: ChartFX's candles by
 * default range it again to the bars in view while drawing, after the chart has laid the axis out, and the axis
 * then draws the new range's labels at the width it measured for the old one and takes its layout as done (its
 * {@code drawAxis} clears the flag that asks for it): a narrow range's two-decimal labels ({@code 22.02}) lost their
 * first digit behind the chart's edge, and the axis name was drawn over them.
 */
final class CandleRenderer extends CandleStickRenderer {

    private final DoubleSupplier intervalSeconds;

    /** @param intervalSeconds the bars' interval now, in the time axis's seconds */
    CandleRenderer(DoubleSupplier intervalSeconds) {
        super(true);
        this.intervalSeconds = intervalSeconds;
        setComputeLocalRange(false);
    }

    @Override
    protected double[] findAreaDistances(FindAreaDistances find, DataSet bars, Axis time, Axis price, double from,
                                         double to) {
        double[] found = super.findAreaDistances(find, bars, time, price, from, to);
        if (bars.getDataCount() == 0) {
            return found;
        }
        double first = bars.get(DataSet.DIM_X, 0);
        double interval = Math.abs(time.getDisplayPosition(first + intervalSeconds.getAsDouble())
                - time.getDisplayPosition(first));
        if (found[0] <= 0 || found[0] > interval) {
            found[0] = interval;
        }
        if (found.length > 1) {
            double largest = 0;
            for (int i = 0; i < bars.getDataCount(); i++) {
                largest = Math.max(largest, bars.get(OhlcvDataSet.DIM_Y_VOLUME, i));
            }
            found[1] = Math.max(largest, 1);
        }
        return found;
    }
}
