package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.SessionChangeCause;
import com.suanli.exchange.engine.session.SessionState;

/**
 * The volatility circuit breaker. An order whose limit reaches beyond the price band first
 * trades what it can within the band; if it would then trade beyond the band, it does not: the
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

    /** The order's limit cut to the band: equal to its limit when the band does not bind. */
    static long bandLimit(Instrument in, Order o) {
        return o.side == Side.BID ? Math.min(o.price, in.bandHigh) : Math.max(o.price, in.bandLow);
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

    /** Whether the rest of the order would trade beyond the band. */
    static boolean wouldTradeBeyondBand(Instrument in, Order o) {
        long best = o.side == Side.BID ? in.book.bestAsk() : in.book.bestBid();
        return best != OrderBook.NO_PRICE && (o.side == Side.BID ? best <= o.price : best >= o.price);
    }

    void trip(Instrument in) {
        sessions.change(in, SessionState.HALTED, SessionChangeCause.CIRCUIT_BREAKER);
    }
}
