package com.suanli.exchange.clearing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An account's position in one instrument, as the clearing house holds it.
 *
 * @param account the account number
 * @param instrumentId the instrument
 * @param netLots long &gt; 0, short &lt; 0
 * @param openCost the cost of the open lots by the average-cost method, ticks x lots, signed like
 *        the position
 * @param realisedPnl P&amp;L of the lots closed so far (average cost against the closing price), fen
 * @param markBasis the variation-margin basis, ticks x lots: lots held at the last settlement at
 *        its price, plus lots traded since at their prices
 * @param settledPnl variation margin received so far (negative: paid), fen
 * @param buyingLots lots of working buy orders
 * @param sellingLots lots of working sell orders
 * @param tickValue fen per tick per lot of the contract
 */
public record Position(long account, int instrumentId, long netLots, long openCost, long realisedPnl, long markBasis,
                       long settledPnl, long buyingLots, long sellingLots, long tickValue) {

    /** The average price of the open lots in ticks, to 4 decimal places; 0 when flat. */
    public BigDecimal averagePrice() {
        return averagePrice(openCost, netLots);
    }

    /** The average price of {@code netLots} that cost {@code openCost} ticks x lots, to 4 decimal places; 0 when flat. */
    public static BigDecimal averagePrice(long openCost, long netLots) {
        return netLots == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(openCost).divide(BigDecimal.valueOf(netLots), 4, RoundingMode.HALF_EVEN);
    }

    /** The P&amp;L of the open lots at {@code price} ticks against their average cost, fen. */
    public long unrealisedPnl(long price) {
        return unrealisedPnl(netLots, openCost, price, tickValue);
    }

    /** The P&amp;L of {@code netLots} that cost {@code openCost} ticks x lots, at {@code price} ticks, fen. */
    public static long unrealisedPnl(long netLots, long openCost, long price, long tickValue) {
        return Math.multiplyExact(Math.subtractExact(Math.multiplyExact(netLots, price), openCost), tickValue);
    }

    /** The variation margin a settlement at {@code price} would pay (negative: collect), fen. */
    public long pendingVariationMargin(long price) {
        return Math.multiplyExact(Math.subtractExact(Math.multiplyExact(netLots, price), markBasis), tickValue);
    }
}
