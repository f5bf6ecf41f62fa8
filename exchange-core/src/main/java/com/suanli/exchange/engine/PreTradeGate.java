package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.RejectReason;

/** Runs the plugged-in {@link PreTradeCheck} at the engine's time and turns a refusal into a rejection. */
final class PreTradeGate {
    private final PreTradeCheck check;
    private final EventLog log;

    PreTradeGate(PreTradeCheck check, EventLog log) {
        this.check = check;
        this.log = log;
    }

    /** Null when the check allows it, else the {@code PRE_TRADE_CHECK} rejection with the check's message. */
    Rejection check(long account, Instrument in, Side side, long price, long quantity) {
        PreTradeVerdict verdict = check.check(account, in.spec, side, price, quantity, log.now);
        return verdict.allowed() ? null : new Rejection(RejectReason.PRE_TRADE_CHECK, verdict.message());
    }
}
