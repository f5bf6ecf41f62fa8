package com.suanli.exchange.engine.session;

import java.util.Optional;

/**
 * The call-auction price rule of CME Globex's opening (the Indicative Opening Price rules 1 to 5),
 * which are also the four principles ASX applies to its opening and closing auctions:
 * <ol>
 *   <li>the price that executes the most volume;</li>
 *   <li>among those, the least surplus (unmatched quantity at that price);</li>
 *   <li>if the surplus is on the buy side at every price left, the highest of them; if on the
 *       sell side at every one, the lowest (market pressure);</li>
 *   <li>otherwise (no surplus, or surplus on both sides) the price nearest the reference price.</li>
 * </ol>
 * The candidates are every tick from the best ask to the best bid, the range where the book
 * overlaps, not only the prices orders name: between two limits the volume is the same as at the
 * lower one, but the surplus may be smaller, as for bids 10@1030 and 4@1000 against asks 10@990
 * and 4@1020, where every tick from 1001 to 1019 trades the 10 lots with no surplus.
 *
 * <p>Demand and supply only change at limit prices, so the range falls into at most one
 * segment more than there are levels, each with one volume and surplus: one merge of the two
 * sorted sides finds the price in time linear in the levels, without visiting every tick. The
 * prices that tie under rules 1 and 2 always form one unbroken run of ticks (demand falls and
 * supply rises with the price), so rule 4 clamps the reference into that run.
 */
public final class AuctionPricer {
    private AuctionPricer() {
    }

    /**
     * @param bidPrices bid level prices, best (highest) first, strictly descending; {@code bidCount} used
     * @param bidQuantities each bid level's whole quantity, positive
     * @param askPrices ask level prices, best (lowest) first, strictly ascending; {@code askCount} used
     * @param askQuantities each ask level's whole quantity, positive
     * @param reference the reference price, for rule 4
     * @return the uncross price, or empty when the book does not cross
     * @throws IllegalArgumentException naming the field when the levels are not as described
     */
    public static Optional<AuctionPrice> find(long[] bidPrices, long[] bidQuantities, int bidCount,
                                              long[] askPrices, long[] askQuantities, int askCount, long reference) {
        requireLevels("bid", bidPrices, bidQuantities, bidCount, -1);
        requireLevels("ask", askPrices, askQuantities, askCount, 1);
        if (bidCount == 0 || askCount == 0 || bidPrices[0] < askPrices[0]) {
            return Optional.empty();
        }
        long low = askPrices[0];
        long high = bidPrices[0];
        // Walk up from the best ask: asks join the supply at their price, bids leave the demand just above theirs.
        long demand = 0;
        int lowestBid = -1;
        while (lowestBid + 1 < bidCount && bidPrices[lowestBid + 1] >= low) {
            demand += bidQuantities[++lowestBid];
        }
        long supply = 0;
        int nextAsk = 0;
        Choice choice = new Choice();
        for (long from = low; from <= high; ) {
            while (nextAsk < askCount && askPrices[nextAsk] <= from) {
                supply += askQuantities[nextAsk++];
            }
            long to = Math.min(high, bidPrices[lowestBid]);
            if (nextAsk < askCount) {
                to = Math.min(to, askPrices[nextAsk] - 1);
            }
            choice.consider(from, to, demand, supply);
            if (bidPrices[lowestBid] == to) {
                demand -= bidQuantities[lowestBid--];
            }
            from = to + 1;
        }
        return Optional.of(choice.price(reference));
    }

    /** Checks one side's levels: counts within the arrays, prices strictly in best-first order, quantities positive. */
    private static void requireLevels(String side, long[] prices, long[] quantities, int count, int direction) {
        if (count < 0 || count > prices.length || count > quantities.length) {
            throw new IllegalArgumentException(side + "Count: must be 0 to the length of " + side + "Prices and "
                    + side + "Quantities, was " + count);
        }
        for (int i = 0; i < count; i++) {
            if (quantities[i] <= 0) {
                throw new IllegalArgumentException(side + "Quantities[" + i + "]: must be > 0, was " + quantities[i]);
            }
            if (i > 0 && Long.compare(prices[i], prices[i - 1]) != direction) {
                throw new IllegalArgumentException(side + "Prices[" + i + "]: must be " + (direction < 0 ? "below" : "above")
                        + " the level before it (best first, one level a price), was " + prices[i] + " after "
                        + prices[i - 1]);
            }
        }
    }

    /** The best run of prices so far under rules 1 and 2, and which sides its surplus lies on. */
    private static final class Choice {
        private long volume;
        private long surplus;
        private long low;
        private long high;
        private boolean buySurplus;
        private boolean sellSurplus;

        /** Prices {@code from..to} all execute min(demand, supply) and leave |demand - supply| unmatched. */
        void consider(long from, long to, long demand, long supply) {
            long v = Math.min(demand, supply);
            long s = Math.abs(demand - supply);
            if (v > volume || v == volume && s < surplus) {
                volume = v;
                surplus = s;
                low = from;
                buySurplus = false;
                sellSurplus = false;
            } else if (v != volume || s != surplus) {
                return;
            }
            high = to;
            buySurplus |= demand > supply;
            sellSurplus |= supply > demand;
        }

        AuctionPrice price(long reference) {
            long price;
            if (buySurplus && !sellSurplus) {
                price = high;
            } else if (sellSurplus && !buySurplus) {
                price = low;
            } else {
                price = Math.max(low, Math.min(high, reference));
            }
            return new AuctionPrice(price, volume, surplus);
        }
    }
}
