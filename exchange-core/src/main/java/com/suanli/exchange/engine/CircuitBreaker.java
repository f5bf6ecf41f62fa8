package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.SessionChangeCause;
import com.suanli.exchange.engine.session.SessionState;

/**
 * The volatility circuit breaker: no trade is ever priced outside the band, in either
 * direction. An order whose limit reaches beyond the band first trades what it can within the
 * band; when its next trade would be priced outside the band (beyond its far edge, or against
 * an order left beyond the near edge after the reference moved) it does not happen: the
 * instrument halts into a call auction.
 */
final class CircuitBreaker {
    private final BookStep step;
    private final SessionControl sessions;
    private final SelfTradePrevention selfTradePrevention;
    /** Scratch for walking the opposite side for a budget order; grows to the deepest walk. */
    private long[] levelPrices = new long[64];
    private long[] levelQuantities = new long[64];
    private int[] levelOrders = new int[64];

    CircuitBreaker(BookStep step, SessionControl sessions, SelfTradePrevention selfTradePrevention) {
        this.step = step;
        this.sessions = sessions;
        this.selfTradePrevention = selfTradePrevention;
    }

    /** The order's limit cut to the band: equal to its limit when the band does not bind. */
    static long bandLimit(Instrument in, Order o) {
        return o.side == Side.BID ? Math.min(o.price, in.bandHigh) : Math.max(o.price, in.bandLow);
    }

    /**
     * Whether an order on {@code side} at {@code price} would trade first against an order left
     * beyond the near edge of the band (a sell below the low edge for a buyer, a buy above the
     * high edge for a seller): its very first trade would be outside the band.
     */
    static boolean wouldTradeOutsideBandFirst(Instrument in, Side side, long price) {
        long best = in.oppositeBest(side);
        if (best == OrderBook.NO_PRICE) {
            return false;
        }
        return side == Side.BID ? best < in.bandLow && best <= price : best > in.bandHigh && best >= price;
    }

    /** Trades the order up to {@code bandLimit} and returns the quantity the band left. */
    long tradeWithinBand(Instrument in, Order o, OrderKind kind, long bandLimit) {
        step.probe = o;
        step.probeRemainder = 0;
        in.book.place(o.id, o.account, o.stpGroup, o.side, kind == OrderKind.FOK ? OrderKind.FOK : OrderKind.IOC,
                bandLimit, o.open, 0, selfTradePrevention);
        step.probe = null;
        return step.probeRemainder;
    }

    /** Whether the rest of the order would trade beyond the far edge of the band. */
    static boolean wouldTradeBeyondBand(Instrument in, Order o) {
        long best = in.oppositeBest(o.side);
        return best != OrderBook.NO_PRICE && (o.side == Side.BID ? best <= o.price : best >= o.price);
    }

    /**
     * Whether a budget order (no price limit, all or nothing) would need opposite orders priced
     * beyond the far edge of the band to fill: the displayed quantity within the band is short of
     * its quantity and orders rest beyond the edge. Hidden iceberg reserve is not counted, so an
     * order that reserve within the band would fill trips the breaker too: the safe side.
     */
    boolean budgetWouldReachBeyondBand(Instrument in, Order o) {
        Side opposite = o.side.opposite();
        while (true) {
            int found = in.book.depth(opposite, levelPrices.length, levelPrices, levelQuantities, levelOrders);
            long withinBand = 0;
            for (int i = 0; i < found; i++) {
                long price = levelPrices[i];
                if (o.side == Side.BID ? price > in.bandHigh : price < in.bandLow) {
                    return true;
                }
                withinBand += levelQuantities[i];
                if (withinBand >= o.open) {
                    return false;
                }
            }
            if (found < levelPrices.length) {
                return false;
            }
            levelPrices = new long[found * 2];
            levelQuantities = new long[found * 2];
            levelOrders = new int[found * 2];
        }
    }

    void trip(Instrument in) {
        sessions.change(in, SessionState.HALTED, SessionChangeCause.CIRCUIT_BREAKER);
    }
}
