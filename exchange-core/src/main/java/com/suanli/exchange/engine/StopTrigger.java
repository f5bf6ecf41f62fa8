package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.StopTriggered;
import com.suanli.exchange.engine.session.SessionState;

/**
 * Releases held stops after a command that moved the last trade price, one at a time in the
 * {@link StopBook}'s trigger order; each triggered order's trades move the price again, so stops
 * cascade within the command.
 */
final class StopTrigger {
    private final EventLog log;
    private final WorkingOrders orders;
    private final OrderRouter router;

    StopTrigger(EventLog log, WorkingOrders orders, OrderRouter router) {
        this.log = log;
        this.orders = orders;
        this.router = router;
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
            router.work(in, stop);
        }
    }
}
