package com.suanli.exchange.clearing;

import com.suanli.exchange.index.SpotIndexRule;
import com.suanli.exchange.settlement.SettlementRule;

import java.util.Objects;

/**
 * The clearing house's standing rules.
 *
 * @param settlement how daily settlement prices are found
 * @param index the spot index methodology
 * @param initialMarginBps initial margin as basis points of maintenance, 10,000 to 100,000 (CME: 11,000 for hedgers)
 */
public record ClearingRules(SettlementRule settlement, SpotIndexRule index, int initialMarginBps) {

    public ClearingRules {
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(index, "index");
        if (initialMarginBps < 10_000 || initialMarginBps > 100_000) {
            throw new IllegalArgumentException("initialMarginBps: must be 10000 to 100000, was " + initialMarginBps);
        }
    }
}
