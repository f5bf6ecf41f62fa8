package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.engine.event.CancelReason;

/**
 * Hands working orders to their book: in a call auction they rest without matching; in
 * continuous trading they match, every trade within the price band the {@link CircuitBreaker}
 * guards. Post-only orders never trade, so the band does not concern them.
 */
final class OrderRouter {
    private final BookStep step;
    private final WorkingOrders orders;
    private final CircuitBreaker breaker;
    private final SelfTradePrevention selfTradePrevention;

    OrderRouter(BookStep step, WorkingOrders orders, CircuitBreaker breaker, SelfTradePrevention selfTradePrevention) {
        this.step = step;
        this.orders = orders;
        this.breaker = breaker;
        this.selfTradePrevention = selfTradePrevention;
    }

    /** Sends a working order to the book: it rests in a call auction, matches in continuous trading. */
    void work(Instrument in, Order o) {
        step.active = o;
        if (in.session.isCallAuction()) {
            restInAuction(in, o, o.open);
            return;
        }
        OrderKind kind = o.bookKind();
        if (kind == OrderKind.FOK || kind == OrderKind.FOK_BUDGET) {
            fillOrKill(in, o, kind);
            return;
        }
        // Post-only orders never trade, so the band does not concern them.
        if (kind != OrderKind.POST_ONLY && CircuitBreaker.wouldTradeOutsideBandFirst(in, o.side, o.price)) {
            halt(in, o, o.open);
            return;
        }
        long bandLimit = CircuitBreaker.bandLimit(in, o.side, o.price);
        if (kind == OrderKind.POST_ONLY || bandLimit == o.price) {
            in.book.place(o.id, o.account, o.stpGroup, o.side, kind, o.price, o.open, o.displayQuantity,
                    selfTradePrevention);
        } else {
            workWithinBand(in, o, bandLimit);
        }
    }

    /**
     * A fill-or-kill, plain or budget: it fills whole within the band; or it would fill whole
     * only by trading outside the band, and the breaker trips instead; or it would not fill whole
     * even with the band ignored, and is cancelled {@code FOK_UNFILLED} as on any book (the
     * breaker trips only instead of a trade that would otherwise happen).
     */
    private void fillOrKill(Instrument in, Order o, OrderKind kind) {
        long reach = CircuitBreaker.reach(o);
        if (!CircuitBreaker.wouldTradeOutsideBandFirst(in, o.side, reach)) {
            long bandLimit = CircuitBreaker.bandLimit(in, o.side, reach);
            // Within the band the book decides alone: it fills whole or kills.
            if (bandLimit == reach || breaker.fills(in, o, bandLimit)) {
                in.book.place(o.id, o.account, o.stpGroup, o.side, kind, o.price, o.open, 0, selfTradePrevention);
                return;
            }
        }
        if (breaker.fills(in, o, reach)) {
            halt(in, o, o.open);
        } else {
            orders.finish(o, o.open, CancelReason.FOK_UNFILLED);
        }
    }

    /** Rests without matching; the book keeps no self-trade mode for such an order (see {@link OrderEntry}). */
    void restInAuction(Instrument in, Order o, long quantity) {
        o.restedWithoutStp = true;
        in.book.rest(o.id, o.account, o.stpGroup, o.side, o.price, quantity, o.displayQuantity);
    }

    /**
     * The remainder of an order the band stopped: if it would trade beyond the band the
     * instrument halts and the remainder rests in the auction (or is cancelled if it may not
     * rest); otherwise it rests at its limit or ends as an IOC or FOK does.
     */
    private void workWithinBand(Instrument in, Order o, long bandLimit) {
        long remainder = breaker.tradeWithinBand(in, o, bandLimit);
        if (remainder == 0) {
            return;
        }
        if (CircuitBreaker.wouldTradeBeyondBand(in, o)) {
            halt(in, o, remainder);
        } else if (o.timeInForce.rests()) {
            in.book.place(o.id, o.account, o.stpGroup, o.side, OrderKind.LIMIT, o.price, remainder,
                    o.displayQuantity, selfTradePrevention);
        } else {
            orders.finish(o, remainder, CancelReason.IOC_REMAINDER);
        }
    }

    /**
     * The breaker trips instead of a trade outside the band: the instrument halts, and what is
     * left of the order waits in the auction at its own limit, or is cancelled if it may not rest.
     */
    void halt(Instrument in, Order o, long remainder) {
        breaker.trip(in);
        if (o.timeInForce.rests()) {
            restInAuction(in, o, remainder);
        } else {
            orders.finish(o, remainder, CancelReason.CIRCUIT_BREAKER);
        }
    }
}
