package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.Side;

/**
 * Everything the exchange publishes about one instrument, fed from the engine's book outcomes:
 * depth (with its incremental feed), the trade tape, and minute and daily bars.
 */
public final class InstrumentMarketData {

    /** Trades the tape keeps by default. */
    public static final int DEFAULT_TAPE_CAPACITY = 1_024;
    /** Minute bars kept by default: one day. */
    public static final int DEFAULT_MINUTE_BARS = 1_440;
    /** Daily bars kept by default: about one year. */
    public static final int DEFAULT_DAILY_BARS = 366;

    private final DepthBook depth;
    private final TradeTape tape;
    private final BarSeries minuteBars;
    private final BarSeries dailyBars;

    public InstrumentMarketData(int instrumentId, DepthListener depthListener, int tapeCapacity, int minuteBars,
                                int dailyBars) {
        this.depth = new DepthBook(instrumentId, depthListener);
        this.tape = new TradeTape(tapeCapacity);
        this.minuteBars = new BarSeries(BarPeriod.MINUTE, minuteBars);
        this.dailyBars = new BarSeries(BarPeriod.CHINA_DAY, dailyBars);
    }

    public InstrumentMarketData(int instrumentId, DepthListener depthListener) {
        this(instrumentId, depthListener, DEFAULT_TAPE_CAPACITY, DEFAULT_MINUTE_BARS, DEFAULT_DAILY_BARS);
    }

    public int instrumentId() {
        return depth.instrumentId();
    }

    /** A level changed; see {@link DepthBook#update}. @return whether the best bid or offer changed */
    public boolean onLevel(long seq, Side side, long price, long quantity, int orderCount) {
        return depth.update(seq, side, price, quantity, orderCount);
    }

    /** A trade: goes on the tape and into the minute and daily bars; checked by all three before any changes. */
    public void onTrade(long seq, long timeMillis, long price, long quantity, Side aggressor) {
        minuteBars.requireAccepts(timeMillis, price, quantity);
        dailyBars.requireAccepts(timeMillis, price, quantity);
        tape.record(seq, timeMillis, price, quantity, aggressor);
        minuteBars.onTrade(timeMillis, price, quantity);
        dailyBars.onTrade(timeMillis, price, quantity);
    }

    public DepthBook depth() {
        return depth;
    }

    public TradeTape tape() {
        return tape;
    }

    public BarSeries minuteBars() {
        return minuteBars;
    }

    public BarSeries dailyBars() {
        return dailyBars;
    }
}
