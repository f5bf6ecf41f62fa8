package com.suanli.exchange.statement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One instrument of an account's statement.
 *
 * @param instrumentId the instrument
 * @param symbol its symbol
 * @param netLots long &gt; 0, short &lt; 0
 * @param averagePrice the average cost of the open lots in ticks, 0 when flat
 * @param settlementPrice the last settlement price in ticks, 0 when never settled
 * @param realisedPnl P&amp;L of the lots closed so far, fen
 * @param unrealisedPnl the open lots at the settlement price against their average cost, fen (0 when never settled)
 */
public record PositionLine(int instrumentId, String symbol, long netLots, BigDecimal averagePrice,
                           long settlementPrice, long realisedPnl, long unrealisedPnl) {

    public PositionLine {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(averagePrice, "averagePrice");
    }
}
