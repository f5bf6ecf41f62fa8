package com.suanli.desk.ui.trading;

import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The trader's position in one instrument with its P&amp;L at the last trade.
 *
 * @param netLots long &gt; 0, short &lt; 0
 * @param averagePrice the average price of the open lots, CNY per unit; 0 when flat
 * @param lastPrice the last trade in ticks, 0 before any
 * @param realisedPnl CNY, of the lots closed
 * @param unrealisedPnl CNY, of the open lots at the last trade (0 before any trade)
 */
public record PositionRow(ContractSpec contract, long netLots, BigDecimal averagePrice, long lastPrice,
                          BigDecimal realisedPnl, BigDecimal unrealisedPnl) {

    public PositionRow {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(averagePrice, "averagePrice");
        Objects.requireNonNull(realisedPnl, "realisedPnl");
        Objects.requireNonNull(unrealisedPnl, "unrealisedPnl");
    }

    public BigDecimal totalPnl() {
        return realisedPnl.add(unrealisedPnl);
    }
}
