package com.suanli.desk.ui.calculator;

import java.util.List;

/**
 * What a calculation answers: the figures, the curve to draw (empty when the calculator draws none), and for
 * a cover the premium it quotes, CNY (NaN for a calculator that quotes no cover).
 */
record Quote(List<ResultLine> lines, List<CurvePoint> curve, double premiumCny) {

    Quote {
        lines = List.copyOf(lines);
        curve = List.copyOf(curve);
    }

    static Quote of(List<ResultLine> lines) {
        return new Quote(lines, List.of(), Double.NaN);
    }

    /** A cover's figures, with the premium a Buy pays. */
    static Quote cover(List<ResultLine> lines, double premiumCny) {
        return new Quote(lines, List.of(), premiumCny);
    }
}
