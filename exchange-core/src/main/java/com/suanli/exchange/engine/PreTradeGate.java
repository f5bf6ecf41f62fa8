package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.RejectReason;

/**
 * Runs the plugged-in {@link PreTradeCheck} at the engine's time and turns a refusal into a
 * rejection. A check that fails (throws, or gives no verdict) refuses: it runs before anything
 * changes, so refusing keeps the engine whole where an exception would leave the command half done.
 */
final class PreTradeGate {
    private final PreTradeCheck check;
    private final EventLog log;

    PreTradeGate(PreTradeCheck check, EventLog log) {
        this.check = check;
        this.log = log;
    }

    /** Null when the check allows it, else the {@code PRE_TRADE_CHECK} rejection with the check's message. */
    Rejection check(long account, Instrument in, Side side, long price, long quantity) {
        PreTradeVerdict verdict;
        try {
            verdict = check.check(account, in.spec, side, price, quantity, log.now);
        } catch (RuntimeException e) {
            return new Rejection(RejectReason.PRE_TRADE_CHECK, "the pre-trade check failed: " + e);
        }
        if (verdict == null) {
            return new Rejection(RejectReason.PRE_TRADE_CHECK, "the pre-trade check gave no verdict");
        }
        return verdict.allowed() ? null : new Rejection(RejectReason.PRE_TRADE_CHECK, verdict.message());
    }
}
