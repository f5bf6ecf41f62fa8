package com.suanli.exchange.engine;

import com.suanli.exchange.engine.event.CancelReason;

/** Time-driven endings checked before each command: GTD orders whose expiry time has come. */
final class ExpiryTimers {
    private final EventLog log;
    private final WorkingOrders orders;

    ExpiryTimers(EventLog log, WorkingOrders orders) {
        this.log = log;
        this.orders = orders;
    }

    void expireDue() {
        Order o;
        while ((o = orders.firstToExpire()) != null && o.expireAt <= log.now) {
            orders.cancel(o, CancelReason.EXPIRED_GTD);
        }
    }
}
