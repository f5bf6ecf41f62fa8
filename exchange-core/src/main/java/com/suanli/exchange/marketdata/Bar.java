package com.suanli.exchange.marketdata;

/**
 * One OHLCV bar from trades. Prices are ticks, volume lots, notional the exact sum of price x
 * quantity in tick-lots, unless a sum outgrew a long: then it is {@link #SATURATED}, and
 * {@link #vwap()} is not meaningful ({@link #isSaturated()} tells). The contract bounds
 * (ContractSpec) keep every single trade's notional within a long; only a bar's sum can outgrow it.
 *
 * @param startMillis the bar's first epoch millisecond
 * @param endMillis the first millisecond after the bar
 * @param open first trade price
 * @param high highest trade price
 * @param low lowest trade price
 * @param close last trade price
 * @param volume lots traded, or {@link #SATURATED}
 * @param tradeCount trades
 * @param notional sum of price x quantity, tick-lots, or {@link #SATURATED}
 */
public record Bar(long startMillis, long endMillis, long open, long high, long low, long close, long volume,
                  long tradeCount, long notional) {

    /** A volume or notional larger than a long holds. */
    public static final long SATURATED = Long.MAX_VALUE;

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
        boolean saturated = volume == SATURATED || notional == SATURATED;
        if (!saturated && (Math.floorDiv(notional, volume) < low || -Math.floorDiv(-notional, volume) > high)) {
            throw new IllegalArgumentException("notional: " + notional + " must lie between low x volume and high x volume");
        }
    }

    /** Whether the volume or the notional outgrew a long, so that they are no longer exact. */
    public boolean isSaturated() {
        return volume == SATURATED || notional == SATURATED;
    }

    /**
     * Volume-weighted average price in ticks, for display and indices; settlement and clearing
     * use {@link #notional()} and {@link #volume()} exactly.
     */
    public double vwap() {
        return (double) notional / volume;
    }
}
