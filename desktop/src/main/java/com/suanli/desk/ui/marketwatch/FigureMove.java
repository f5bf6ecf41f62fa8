package com.suanli.desk.ui.marketwatch;

import java.math.BigDecimal;

/** Which way a live figure moved between two beats, as the watch writes figures (plain decimals, blank for none). */
final class FigureMove {

    private FigureMove() {
    }

    /**
     * +1 if {@code after} is above {@code before}, -1 if below, 0 if equal or either is blank: a figure that appears
     * or goes (a side of the book emptied) has no direction to show.
     */
    static int of(String before, String after) {
        if (before == null || after == null || before.isEmpty() || after.isEmpty() || before.equals(after)) {
            return 0;
        }
        return Integer.signum(new BigDecimal(after).compareTo(new BigDecimal(before)));
    }
}
