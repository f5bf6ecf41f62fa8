package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.event.RejectReason;

/**
 * Runs the plugged-in {@link PreTradeCheck} at the engine's time and turns a refusal into a
 * rejection. A check that fails (throws, or gives no verdict) refuses: it runs before anything
 * changes, so refusing keeps the engine whole where an exception would leave the command half done.
 * One {@link PreTradeOrder} is filled for every question, so a check allocates nothing.
 */
final class PreTradeGate {
    private final PreTradeCheck check;
    private final EventLog log;
    private final PreTradeOrder question = new PreTradeOrder();

    PreTradeGate(PreTradeCheck check, EventLog log) {
        this.check = check;
        this.log = log;
    }

    /** A new order that would get {@code orderId}; {@code price} is a budget order's budget. */
    Rejection newOrder(long orderId, OrderType type, long account, Instrument in, Side side, long price, long quantity) {
        return ask(question.set(PreTradeOrder.Purpose.NEW_ORDER, orderId, type, account, in.spec, side, price, quantity,
                log.now));
    }

    /** Working order {@code o} moving to {@code newPrice} with its open lots. */
    Rejection amendment(Order o, long newPrice) {
        return ask(question.set(PreTradeOrder.Purpose.AMENDMENT, o.id, o.type, o.account, o.instrument.spec, o.side,
                newPrice, o.open, log.now).replacing(o.price, o.open));
    }

    /**
     * A quote side replacing {@code replaced} (null when the side is not quoted now), the quote's
     * other side quoted or not and adding {@code otherSideAdded} lots.
     */
    Rejection quoteSide(long account, Instrument in, Side side, long price, long quantity, Order replaced,
                        boolean otherSideQuoted, long otherSideAdded) {
        question.set(PreTradeOrder.Purpose.QUOTE_REPLACEMENT, replaced == null ? 0 : replaced.id, OrderType.LIMIT,
                account, in.spec, side, price, quantity, log.now).otherSide(otherSideQuoted, otherSideAdded);
        return ask(replaced == null ? question : question.replacing(replaced.price, replaced.open));
    }

    /**
     * Held stop {@code stop} triggering at its working limit: it replaces itself as held (its stop
     * price and open lots), since its lots have been working since it was entered.
     */
    Rejection triggeredStop(Order stop) {
        return ask(question.set(PreTradeOrder.Purpose.TRIGGERED_STOP, stop.id, stop.type, stop.account,
                stop.instrument.spec, stop.side, stop.price, stop.open, log.now).replacing(stop.stopPrice, stop.open));
    }

    /** Null when the check allows it, else the {@code PRE_TRADE_CHECK} rejection with the check's message. */
    private Rejection ask(PreTradeOrder order) {
        PreTradeVerdict verdict;
        try {
            verdict = check.check(order);
        } catch (RuntimeException e) {
            return new Rejection(RejectReason.PRE_TRADE_CHECK, "the pre-trade check failed: " + e);
        }
        if (verdict == null) {
            return new Rejection(RejectReason.PRE_TRADE_CHECK, "the pre-trade check gave no verdict");
        }
        return verdict.allowed() ? null : new Rejection(RejectReason.PRE_TRADE_CHECK, verdict.message());
    }
}
