package com.suanli.desk.ui.chart;

import io.fair_acc.chartfx.axes.TickUnitSupplier;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * An axis's steps in whole units (a contract's price tick, one lot): the unit times 1, 2 or 5 times a power of ten,
 * the least at least the step ChartFX asks for. ChartFX's own steps (1, 2.5 or 5 times any power of ten) went finer
 * than a tick on a narrow range ({@code 15.105}) and labelled fractions of a lot ({@code 10.25}). With no unit
 * known (no instrument chosen) ChartFX's own steps stand.
 */
record UnitSteps(Supplier<BigDecimal> unit, TickUnitSupplier otherwise) implements TickUnitSupplier {

    private static final int[] MULTIPLES = {1, 2, 5};

    @Override
    public double computeTickUnit(double asked) {
        BigDecimal whole = unit.get();
        if (whole == null || !Double.isFinite(asked)) {
            return otherwise.computeTickUnit(asked);
        }
        for (int power = 0; ; power++) {
            for (int multiple : MULTIPLES) {
                double step = whole.scaleByPowerOfTen(power).multiply(BigDecimal.valueOf(multiple)).doubleValue();
                if (step >= asked) {
                    return step;
                }
            }
        }
    }
}
