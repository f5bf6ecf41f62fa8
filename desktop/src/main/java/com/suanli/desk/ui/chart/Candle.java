package com.suanli.desk.ui.chart;

/**
 * One bar of trades: open, high, low and close in ticks, volume in lots, from {@code start} (epoch
 * milliseconds). Built by folding trades in the order they traded.
 */
public record Candle(long start, long open, long high, long low, long close, long volume) {

    public Candle {
        if (open <= 0 || high <= 0 || low <= 0 || close <= 0) {
            throw new IllegalArgumentException("prices: must be positive ticks, were O " + open + " H " + high
                    + " L " + low + " C " + close);
        }
        if (low > Math.min(open, close) || high < Math.max(open, close)) {
            throw new IllegalArgumentException("range: low " + low + " and high " + high
                    + " must hold open " + open + " and close " + close);
        }
        if (volume <= 0) {
            throw new IllegalArgumentException("volume: must be positive lots, was " + volume);
        }
    }

    /** The bar one trade opens. */
    public static Candle opening(long start, long price, long lots) {
        return new Candle(start, price, price, price, price, lots);
    }

    /** This bar with a later trade folded in. */
    public Candle with(long price, long lots) {
        return new Candle(start, open, Math.max(high, price), Math.min(low, price), price, volume + lots);
    }

    /** This bar followed by {@code later}, a bar of trades after this one's: one bar from this one's start. */
    public Candle then(Candle later) {
        return new Candle(start, open, Math.max(high, later.high), Math.min(low, later.low), later.close,
                volume + later.volume);
    }
}
