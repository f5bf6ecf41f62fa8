package com.suanli.desk.exchange;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.listing.Catalogue;
import java.util.Objects;

/**
 * A started exchange: what it lists, the engine trading it and how many instruments opened for trading
 * at the start. The engine belongs to the thread that started it; only that thread may submit to it or
 * query it.
 */
public record RunningExchange(Catalogue catalogue, Engine engine, int tradingAtStart) {

    public RunningExchange {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(engine, "engine");
        if (tradingAtStart < 0 || tradingAtStart > catalogue.size()) {
            throw new IllegalArgumentException("tradingAtStart: must be between 0 and " + catalogue.size()
                    + ", was " + tradingAtStart);
        }
    }
}
