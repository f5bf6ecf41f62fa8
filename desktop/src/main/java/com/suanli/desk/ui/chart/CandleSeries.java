package com.suanli.desk.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One instrument's trades as one-minute candles, the finest interval a trader picks; coarser bars are folded
 * from them, so every interval agrees with the trades exactly. Live trades fold in as they come; the recorded
 * history, read later, fills in the trades before the first live one (a candle is associative in time order,
 * so the history's part of a minute goes before the live part). A trade seen twice counts once. At most
 * {@value #KEPT_MINUTES} minutes are kept, the newest. FX thread only.
 */
public final class CandleSeries {

    /** Two weeks of continuous trading: enough for a day chart's fortnight and any intraday look back. */
    static final int KEPT_MINUTES = 20_160;

    private final NavigableMap<Long, Candle> minutes = new TreeMap<>();
    /** The first trade heard live, 0 before one; history folds in only the trades before it. */
    private long firstLiveTradeId;
    private long lastTradeId;
    private boolean historyRead;
    private long version;

    /** Folds a live trade in; a trade already folded in (same or older id) is ignored. */
    public void trade(long tradeId, long timestamp, long price, long lots) {
        if (tradeId <= lastTradeId) {
            return;
        }
        if (firstLiveTradeId == 0) {
            firstLiveTradeId = tradeId;
        }
        lastTradeId = tradeId;
        long start = BarInterval.ONE_MINUTE.startOf(timestamp);
        Map.Entry<Long, Candle> newest = minutes.lastEntry();
        if (newest != null && newest.getKey() == start) {
            // Most trades fall in the newest minute: its key kept, no opening bar made only to be merged away.
            minutes.put(newest.getKey(), newest.getValue().with(price, lots));
        } else {
            minutes.merge(start, Candle.opening(start, price, lots), (bar, opened) -> bar.with(price, lots));
        }
        forgetOldest();
        version++;
    }

    /**
     * Folds in the recorded trades (oldest first) that came before the first live one. Only the first
     * history counts: later ones are ignored, since the live trades have carried on from it.
     */
    public void history(List<ArchivedTrade> recorded) {
        if (historyRead) {
            return;
        }
        historyRead = true;
        NavigableMap<Long, Candle> before = new TreeMap<>();
        long lastBefore = 0;
        for (ArchivedTrade trade : recorded) {
            if (firstLiveTradeId != 0 && trade.tradeId() >= firstLiveTradeId) {
                break;
            }
            long start = BarInterval.ONE_MINUTE.startOf(trade.timestamp());
            before.merge(start, Candle.opening(start, trade.price(), trade.quantity()),
                    (bar, opened) -> bar.with(trade.price(), trade.quantity()));
            lastBefore = trade.tradeId();
        }
        for (Map.Entry<Long, Candle> minute : before.entrySet()) {
            minutes.merge(minute.getKey(), minute.getValue(), (live, earlier) -> earlier.then(live));
        }
        lastTradeId = Math.max(lastTradeId, lastBefore);
        forgetOldest();
        version++;
    }

    public boolean historyRead() {
        return historyRead;
    }

    /** Goes up with every change, so a view redraws only what moved. */
    public long version() {
        return version;
    }

    /** The bars of {@code interval}, oldest first. */
    public List<Candle> candles(BarInterval interval) {
        List<Candle> bars = new ArrayList<>();
        Candle current = null;
        for (Candle minute : minutes.values()) {
            long start = interval.startOf(minute.start());
            if (current != null && current.start() == start) {
                current = current.then(minute);
            } else {
                if (current != null) {
                    bars.add(current);
                }
                current = new Candle(start, minute.open(), minute.high(), minute.low(), minute.close(),
                        minute.volume());
            }
        }
        if (current != null) {
            bars.add(current);
        }
        return bars;
    }

    private void forgetOldest() {
        while (minutes.size() > KEPT_MINUTES) {
            minutes.pollFirstEntry();
        }
    }
}
