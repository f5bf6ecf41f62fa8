package com.suanli.desk.ui.chart;

import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TapePrint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every instrument's candles, folded from the public tape of each batch of events: the chart of any
 * instrument a trader turns to is already up to date. FX thread only; needs no window.
 */
public final class TradeBars {

    private final Map<Integer, CandleSeries> series = new HashMap<>();

    /** Folds the trades of a batch, in sequence order. */
    public void apply(List<ExchangeEvent> batch) {
        for (ExchangeEvent event : batch) {
            if (event instanceof TapePrint print) {
                series(print.instrumentId()).trade(print.tradeId(), print.timestamp(), print.price(),
                        print.quantity());
            }
        }
    }

    /** One instrument's candles (empty before its first trade). */
    public CandleSeries series(int instrumentId) {
        return series.computeIfAbsent(instrumentId, id -> new CandleSeries());
    }
}
