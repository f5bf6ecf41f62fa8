package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.StopTriggered;
import com.suanli.exchange.engine.session.SessionState;

/**
 * Releases held stops after a command that moved the last trade price, one at a time in the
 * {@link StopBook}'s trigger order; each triggered order's trades move the price again, so stops
 * cascade within the command. A triggered order passes the pre-trade check again before it
 * works (at its working limit: the protected limit of a stop market), since the account's
 * state may have changed since it was entered; refused, it is cancelled {@code PRE_TRADE_CHECK} with
 * the check's message, so the trader learns why.
 */
final class StopTrigger {
    private final EventLog log;
    private final WorkingOrders orders;
    private final OrderRouter router;
    private final PreTradeGate preTrade;

    StopTrigger(EventLog log, WorkingOrders orders, OrderRouter router, PreTradeGate preTrade) {
        this.log = log;
        this.orders = orders;
        this.router = router;
        this.preTrade = preTrade;
    }

    void trigger(Instrument in) {
        Order stop;
        while (in.session == SessionState.CONTINUOUS && in.lastTradePrice > 0
                && (stop = in.stops.pollTriggered(in.lastTradePrice)) != null) {
            stop.held = false;
            log.sink.onEvent(new StopTriggered(log.next(), log.now, stop.id, stop.account, in.id, stop.stopPrice,
                    in.lastTradePrice));
            if (stop.type == OrderType.STOP) {
                long best = in.oppositeBest(stop.side);
                if (best == OrderBook.NO_PRICE) {
                    orders.finish(stop, stop.open, CancelReason.NO_LIQUIDITY);
                    continue;
                }
                stop.price = Instrument.protectedLimit(stop.side, best, stop.protectionTicks);
            }
            // The account may have changed since the stop was entered: check it again at its working limit.
            Rejection refused = preTrade.triggeredStop(stop);
            if (refused != null) {
                orders.finish(stop, stop.open, CancelReason.PRE_TRADE_CHECK, refused.message());
                continue;
            }
            router.work(in, stop);
        }
    }
}
