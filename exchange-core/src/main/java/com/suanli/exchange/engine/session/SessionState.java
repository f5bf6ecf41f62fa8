package com.suanli.exchange.engine.session;

/** Where an instrument's trading day stands; see docs/ENGINE.md for the transitions. */
public enum SessionState {
    /** No new orders; cancels and quantity reductions only. Resting GTC and GTD orders stay. */
    CLOSED,
    /** Call auction: orders rest without matching; the book may cross until the uncross. */
    PRE_OPEN,
    /** Continuous matching in price-time priority. */
    CONTINUOUS,
    /** Halted (by an operator or the circuit breaker): orders rest as in a call auction. */
    HALTED,
    /** The instrument has ended; nothing is accepted any more. */
    EXPIRED;

    /** Whether incoming orders rest without matching. */
    public boolean isCallAuction() {
        return this == PRE_OPEN || this == HALTED;
    }

    /** Whether new orders and quotes are accepted at all. */
    public boolean acceptsOrders() {
        return this == PRE_OPEN || this == CONTINUOUS || this == HALTED;
    }
}
