package com.suanli.exchange.engine;

import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.ReferencePriceChanged;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.SessionChangeCause;
import com.suanli.exchange.engine.event.SessionChanged;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.BusinessDays;

import java.time.LocalDate;

/**
 * The trading-session state machine of each instrument (operator actions, the opening and
 * closing auctions, DAY expiry at the close, instrument expiry) and its reference price, which
 * sets the price band.
 */
final class SessionControl {
    private final EventLog log;
    private final WorkingOrders orders;
    private final CallAuction auction;

    SessionControl(EventLog log, WorkingOrders orders, CallAuction auction) {
        this.log = log;
        this.orders = orders;
        this.auction = auction;
    }

    void act(SessionCommand c, Instrument in) {
        Rejection r = OrderChecks.instrument(in, c.instrumentId());
        SessionState from = in == null ? null : in.session;
        if (r == null && !SessionRules.allows(c.action(), from)) {
            r = new Rejection(RejectReason.INVALID_SESSION_TRANSITION, "action: cannot " + c.action() + " from "
                    + from);
        }
        if (r == null && opens(c.action())) {
            r = tradingDay(in, c.timestamp());
        }
        if (r != null) {
            log.reject(c, r);
            return;
        }
        switch (c.action()) {
            case OPEN_AUCTION:
                change(in, SessionState.PRE_OPEN, SessionChangeCause.OPERATOR);
                break;
            case OPEN_CONTINUOUS:
            case RESUME:
                uncross(in);
                change(in, SessionState.CONTINUOUS, SessionChangeCause.OPERATOR);
                break;
            case HALT:
                change(in, SessionState.HALTED, SessionChangeCause.OPERATOR);
                break;
            case CLOSE:
                close(in, SessionChangeCause.OPERATOR);
                break;
            case EXPIRE:
                expire(in, SessionChangeCause.OPERATOR);
                break;
            default:
                throw new IllegalStateException("unhandled session action " + c.action());
        }
    }

    private static boolean opens(SessionAction action) {
        return action == SessionAction.OPEN_AUCTION || action == SessionAction.OPEN_CONTINUOUS
                || action == SessionAction.RESUME;
    }

    /** Sessions open only on the contract's trading days: business days within its trading period. */
    private static Rejection tradingDay(Instrument in, long timestamp) {
        LocalDate day = TradingCalendar.dayOf(timestamp);
        if (in.spec.isTradable(day)) {
            return null;
        }
        return new Rejection(RejectReason.NOT_A_TRADING_DAY, "timestamp: " + day + " (" + day.getDayOfWeek()
                + ", Asia/Shanghai) is not a trading day of " + in.spec.symbol() + ", which trades on business days "
                + in.spec.firstTradingDay() + ".." + in.spec.lastTradingDay()
                + BusinessDays.closure(day).map(closure -> "; " + day + " is " + closure).orElse(""));
    }

    /**
     * The contract calendar at the engine's time: after the last trading day the instrument
     * closes, after its expiry date it expires (each once, in that order).
     */
    void applyCalendar(Instrument in, long now) {
        if (!in.calendarClosed && now >= in.calendar.tradingEnds) {
            in.calendarClosed = true;
            if (in.session != SessionState.CLOSED && in.session != SessionState.EXPIRED) {
                close(in, SessionChangeCause.CALENDAR);
            }
        }
        if (!in.calendarExpired && now >= in.calendar.expires) {
            in.calendarExpired = true;
            if (in.session != SessionState.EXPIRED) {
                expire(in, SessionChangeCause.CALENDAR);
            }
        }
    }

    /** The close: a closing auction from a call auction, DAY orders expire. */
    void close(Instrument in, SessionChangeCause cause) {
        if (in.session.isCallAuction()) {
            // The closing auction: a book is never left crossed outside a call auction.
            uncross(in);
        }
        orders.cancelAll(in, TimeInForce.DAY, CancelReason.EXPIRED_DAY);
        change(in, SessionState.CLOSED, cause);
    }

    /** The instrument's end: every working order is cancelled. */
    void expire(Instrument in, SessionChangeCause cause) {
        orders.cancelAll(in, null, CancelReason.INSTRUMENT_EXPIRED);
        change(in, SessionState.EXPIRED, cause);
    }

    private void uncross(Instrument in) {
        long price = auction.uncross(in);
        if (price > 0) {
            changeReference(in, price);
        }
    }

    void change(Instrument in, SessionState to, SessionChangeCause cause) {
        SessionState from = in.session;
        in.session = to;
        log.sink.onEvent(new SessionChanged(log.next(), log.now, in.id, from, to, cause));
    }

    void setReferencePrice(SetReferencePrice c, Instrument in) {
        Rejection r = OrderChecks.instrument(in, c.instrumentId());
        if (r == null && in.session == SessionState.EXPIRED) {
            r = OrderChecks.sessionOpen(in);
        }
        if (r == null) {
            r = OrderChecks.referencePrice(c.priceTicks());
        }
        if (r != null) {
            log.reject(c, r);
            return;
        }
        changeReference(in, c.priceTicks());
    }

    private void changeReference(Instrument in, long price) {
        in.setReference(price);
        log.sink.onEvent(new ReferencePriceChanged(log.next(), log.now, in.id, price, in.bandLow, in.bandHigh));
    }
}
