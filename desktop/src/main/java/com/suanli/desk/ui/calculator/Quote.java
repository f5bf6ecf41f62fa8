package com.suanli.desk.ui.calculator;

import java.util.List;

/** What a calculation answers: the figures, and the curve to draw (empty when the calculator draws none). */
record Quote(List<ResultLine> lines, List<CurvePoint> curve) {

    Quote {
        lines = List.copyOf(lines);
        curve = List.copyOf(curve);
    }

    static Quote of(List<ResultLine> lines) {
        return new Quote(lines, List.of());
    }
}
