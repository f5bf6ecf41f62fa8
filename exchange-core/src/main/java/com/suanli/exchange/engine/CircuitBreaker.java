package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
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

    CircuitBreaker(BookStep step, SessionControl sessions, SelfTradePrevention selfTradePrevention) {
        this.step = step;
        this.sessions = sessions;
        this.selfTradePrevention = selfTradePrevention;
    }

    /** A limit cut to the band: equal to the limit when the band does not bind. */
    static long bandLimit(Instrument in, Side side, long limit) {
        return side == Side.BID ? Math.min(limit, in.bandHigh) : Math.max(limit, in.bandLow);
    }

    /** How far an order may trade: its limit, or anywhere for a budget order, which has none. */
    static long reach(Order o) {
        if (o.type != OrderType.BUDGET) {
            return o.price;
        }
        return o.side == Side.BID ? Long.MAX_VALUE : Long.MIN_VALUE;
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

    /** Trades the order (a limit or IOC) up to {@code bandLimit} and returns the quantity the band left. */
    long tradeWithinBand(Instrument in, Order o, long bandLimit) {
        step.probe = o;
        step.probeRemainder = 0;
        in.book.place(o.id, o.account, o.stpGroup, o.side, OrderKind.IOC, bandLimit, o.open, 0, selfTradePrevention);
        step.probe = null;
        return step.probeRemainder;
    }

    /** Whether the rest of the order would trade beyond the far edge of the band. */
    static boolean wouldTradeBeyondBand(Instrument in, Order o) {
        long best = in.oppositeBest(o.side);
        return best != OrderBook.NO_PRICE && (o.side == Side.BID ? best <= o.price : best >= o.price);
    }

    /**
     * Whether a fill-or-kill (plain or budget) would fill whole now trading up to {@code limit}: the
     * book's own fill-or-kill walk (hidden reserve and self-trade prevention included), then the
     * budget, if it has one.
     */
    boolean fills(Instrument in, Order o, long limit) {
        long cost = in.book.fillCost(o.side, o.open, limit, o.stpGroup, selfTradePrevention);
        if (cost == OrderBook.NO_FILL) {
            return false;
        }
        return o.type != OrderType.BUDGET || (o.side == Side.BID ? cost <= o.price : cost >= o.price);
    }

    void trip(Instrument in) {
        sessions.change(in, SessionState.HALTED, SessionChangeCause.CIRCUIT_BREAKER);
    }
}
