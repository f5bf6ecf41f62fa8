package com.suanli.exchange.engine;

import com.suanli.exchange.marketdata.Bar;
import com.suanli.exchange.marketdata.BarSeries;

/**
 * Tells when a bar of a series is complete, so the engine announces each bar exactly once:
 * when a trade opens the next bar, or when time passes the bar's end with no trade.
 */
final class BarClock {
    private static final long NONE = Long.MIN_VALUE;

    private final BarSeries series;
    long openStart = NONE;
    long announcedStart = NONE;

    BarClock(BarSeries series) {
        this.series = series;
    }

    /** After the series took a trade at {@code time}: the bar that this trade closed, or null. */
    Bar afterTrade(long time) {
        long start = series.period().start(time);
        Bar closed = null;
        if (openStart != NONE && start != openStart && openStart != announcedStart) {
            closed = series.get(1);
            announcedStart = openStart;
        }
        openStart = start;
        return closed;
    }

    /** Whether a bar was opened and not yet announced: only then can time passing close one. */
    boolean pending() {
        return openStart != NONE && openStart != announcedStart;
    }

    /** Time is now {@code time}: the newest bar if it has just ended, or null. */
    Bar atTime(long time) {
        if (pending() && series.period().start(time) != openStart) {
            announcedStart = openStart;
            return series.get(0);
        }
        return null;
    }
}
