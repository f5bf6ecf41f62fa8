package com.suanli.exchange.marketdata;

/**
 * One OHLCV bar from trades. Prices are ticks, volume lots, notional the exact sum of price x
 * quantity in tick-lots.
 *
 * @param startMillis the bar's first epoch millisecond
 * @param endMillis the first millisecond after the bar
 * @param open first trade price
 * @param high highest trade price
 * @param low lowest trade price
 * @param close last trade price
 * @param volume lots traded
 * @param tradeCount trades
 * @param notional sum of price x quantity, tick-lots
 */
public record Bar(long startMillis, long endMillis, long open, long high, long low, long close, long volume,
                  long tradeCount, long notional) {

    public Bar {
        if (endMillis <= startMillis) {
            throw new IllegalArgumentException("endMillis: " + endMillis + " must be after startMillis " + startMillis);
        }
        if (low <= 0 || low > Math.min(open, close) || high < Math.max(open, close)) {
            throw new IllegalArgumentException("prices: need 0 < low <= open, close <= high; was open " + open + " high "
                    + high + " low " + low + " close " + close);
        }
        if (volume <= 0 || tradeCount <= 0 || tradeCount > volume) {
            throw new IllegalArgumentException("volume/tradeCount: need 0 < tradeCount <= volume; was " + volume + "/"
                    + tradeCount);
        }
        if (Math.floorDiv(notional, volume) < low || -Math.floorDiv(-notional, volume) > high) {
            throw new IllegalArgumentException("notional: " + notional + " must lie between low x volume and high x volume");
        }
    }

    /**
     * Volume-weighted average price in ticks, for display and indices; settlement and clearing
     * use {@link #notional()} and {@link #volume()} exactly.
     */
    public double vwap() {
        return (double) notional / volume;
    }
}
