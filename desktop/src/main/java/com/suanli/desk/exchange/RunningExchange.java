package com.suanli.desk.exchange;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.listing.Catalogue;
import java.util.Objects;

/**
 * A started exchange: what it lists and the engine trading it. The engine belongs to the thread that
 * started it; only that thread may submit to it or query it.
 */
public record RunningExchange(Catalogue catalogue, Engine engine) {

    public RunningExchange {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(engine, "engine");
    }
}
