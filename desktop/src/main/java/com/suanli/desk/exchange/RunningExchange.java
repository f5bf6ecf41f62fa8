package com.suanli.desk.exchange;

import com.suanli.exchange.listing.Catalogue;
import java.util.Objects;

/**
 * A started exchange: what it lists, the desk exchange trading it (the engine inside the host, on the
 * desk's database) and how many instruments trade today.
 */
public record RunningExchange(Catalogue catalogue, DeskExchange exchange, int tradingAtStart) {

    public RunningExchange {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(exchange, "exchange");
        if (tradingAtStart < 0 || tradingAtStart > catalogue.size()) {
            throw new IllegalArgumentException("tradingAtStart: must be between 0 and " + catalogue.size()
                    + ", was " + tradingAtStart);
        }
    }
}
