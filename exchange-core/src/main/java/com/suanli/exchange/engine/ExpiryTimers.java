package com.suanli.exchange.engine;

import com.suanli.exchange.engine.event.CancelReason;

/**
 * Time-driven endings, checked before each command at its time: the contract calendar (an
 * instrument closes after its last trading day and expires after its expiry date) and GTD
 * orders whose expiry time has come. A {@code TimeTick} lets them happen without other traffic.
 */
final class ExpiryTimers {
    private final EventLog log;
    private final WorkingOrders orders;
    private final SessionControl sessions;
    private final Instrument[] instruments;
    /** The earliest calendar moment not yet acted on, over every instrument. */
    private long nextCalendarEvent;

    ExpiryTimers(EventLog log, WorkingOrders orders, SessionControl sessions, Instrument[] instruments) {
        this.log = log;
        this.orders = orders;
        this.sessions = sessions;
        this.instruments = instruments;
        this.nextCalendarEvent = nextCalendarEvent();
    }

    /** The instruments' calendar flags were restored from a snapshot: the next calendar moment follows them. */
    void calendarRestored() {
        nextCalendarEvent = nextCalendarEvent();
    }

    void expireDue() {
        if (log.now >= nextCalendarEvent) {
            for (Instrument in : instruments) {
                sessions.applyCalendar(in, log.now);
            }
            nextCalendarEvent = nextCalendarEvent();
        }
        Order o;
        while ((o = orders.firstToExpire()) != null && o.expireAt <= log.now) {
            orders.cancel(o, CancelReason.EXPIRED_GTD);
        }
    }

    private long nextCalendarEvent() {
        long next = Long.MAX_VALUE;
        for (Instrument in : instruments) {
            if (!in.calendarClosed) {
                next = Math.min(next, in.calendar.tradingEnds);
            }
            if (!in.calendarExpired) {
                next = Math.min(next, in.calendar.expires);
            }
        }
        return next;
    }
}
