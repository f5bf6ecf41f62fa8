package com.suanli.exchange.settlement;

import com.suanli.exchange.engine.event.SettlementMethod;
import com.suanli.exchange.index.TickRounding;

/**
 * How the daily settlement price of a futures contract is found (a pure rule, CME's order of
 * methods): the volume-weighted price of the trades in the closing window when at least
 * {@code minimumLots} traded there; else the mid of the best bid and offer at the close when
 * both are there and no more than {@code maximumSpreadTicks} apart; else a price the operator
 * supplies from the forward curve. A price between two ticks goes to the nearest, an exact half
 * toward the previous settlement price.
 *
 * @param closingWindowMillis the window before the close whose trades count, &gt; 0
 * @param minimumLots the lots the window needs, &gt; 0
 * @param maximumSpreadTicks the widest spread whose mid may settle, &gt;= 0
 */
public record SettlementRule(long closingWindowMillis, long minimumLots, long maximumSpreadTicks) {

    public SettlementRule {
        if (closingWindowMillis <= 0) {
            throw new IllegalArgumentException("closingWindowMillis: must be > 0, was " + closingWindowMillis);
        }
        if (minimumLots <= 0) {
            throw new IllegalArgumentException("minimumLots: must be > 0, was " + minimumLots);
        }
        if (maximumSpreadTicks < 0) {
            throw new IllegalArgumentException("maximumSpreadTicks: must be >= 0, was " + maximumSpreadTicks);
        }
    }

    /** The method the rule takes for a window of {@code windowLots} and the closing best bid and offer (0: none). */
    public SettlementMethod methodFor(long windowLots, long bestBid, long bestAsk) {
        if (windowLots >= minimumLots) {
            return SettlementMethod.CLOSING_WINDOW_VWAP;
        }
        if (bestBid > 0 && bestAsk >= bestBid && bestAsk - bestBid <= maximumSpreadTicks) {
            return SettlementMethod.BEST_BID_OFFER_MID;
        }
        return SettlementMethod.OPERATOR;
    }

    /**
     * The settlement price.
     * @param windowLots lots traded in the closing window
     * @param windowNotional sum of price x lots of those trades, ticks x lots
     * @param operatorPrice the operator's price, ticks; needed (&gt; 0) only when the method is OPERATOR
     * @param previousPrice the previous settlement price, ticks: where exact halves round to
     * @throws IllegalArgumentException naming {@code operatorPrice} when the rule falls back on it and it is not &gt; 0
     */
    public SettlementPrice determine(long windowLots, long windowNotional, long bestBid, long bestAsk,
                                     long operatorPrice, long previousPrice) {
        SettlementMethod method = methodFor(windowLots, bestBid, bestAsk);
        long price = switch (method) {
            case CLOSING_WINDOW_VWAP -> TickRounding.nearest(windowNotional, windowLots, previousPrice);
            case BEST_BID_OFFER_MID -> TickRounding.nearest(Math.addExact(bestBid, bestAsk), 2, previousPrice);
            case OPERATOR -> {
                if (operatorPrice <= 0) {
                    throw new IllegalArgumentException("operatorPrice: the closing window had " + windowLots
                            + " lots (fewer than " + minimumLots + ") and the best bid " + bestBid + " / offer "
                            + bestAsk + " is no spread within " + maximumSpreadTicks
                            + " ticks, so an operator price is needed, was " + operatorPrice);
                }
                yield operatorPrice;
            }
        };
        return new SettlementPrice(price, method, windowLots, bestBid, bestAsk);
    }
}
