package com.suanli.desk.ui.chart;

import io.fair_acc.chartfx.axes.TickUnitSupplier;

/**
 * A time axis's steps (in seconds) up to a day: whole seconds (the labels show no fraction), then the minutes and
 * hours a clock reads, the hours dividing eight so that they fall on whole hours of exchange time (UTC+8). ChartFX's
 * own table went from one minute straight to fifteen, so the two or three bars of a new desk (a window of four or
 * five minutes) often had no tick and no label at all. Beyond a day, ChartFX's own steps.
 */
record TimeSteps(TickUnitSupplier otherwise) implements TickUnitSupplier {

    /** Each at most twice the one before: ChartFX asks for at least two steps in the window, so one tick lies in it. */
    private static final double[] SECONDS = {1, 2, 3, 5, 10, 15, 30, 60, 120, 180, 300, 600, 900, 1800, 3600, 7200,
        14400, 28800, 43200, 86400};

    @Override
    public double computeTickUnit(double asked) {
        for (double step : SECONDS) {
            if (step >= asked) {
                return step;
            }
        }
        return otherwise.computeTickUnit(asked);
    }
}
