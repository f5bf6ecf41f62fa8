package com.suanli.gateway;

import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.StopTriggered;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.gateway.entry.EntryListener;
import com.suanli.gateway.market.MarketDesk;
import com.suanli.gateway.order.OrderDesk;
import com.suanli.gateway.order.QuoteDesk;
import java.util.concurrent.atomic.AtomicLong;

/** The exchange's events to the desks that turn them into FIX, on the entry's event thread. */
final class EventRouter implements EntryListener {

    private final OrderDesk orders;
    private final QuoteDesk quotes;
    private final MarketDesk market;
    private final Runnable endOfBatch;
    private final AtomicLong missed = new AtomicLong();

    /** @param endOfBatch writes what the batch's events made (the gathered reports) */
    EventRouter(OrderDesk orders, QuoteDesk quotes, MarketDesk market, Runnable endOfBatch) {
        this.orders = orders;
        this.quotes = quotes;
        this.market = market;
        this.endOfBatch = endOfBatch;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        if (event instanceof OrderAccepted accepted) {
            orders.onAccepted(accepted);
        } else if (event instanceof TradeExecuted trade) {
            orders.onTrade(trade);
        } else if (event instanceof OrderCancelled cancelled) {
            orders.onCancelled(cancelled);
        } else if (event instanceof CommandRejected rejected) {
            orders.onRejected(rejected);
        } else if (event instanceof OrderAmended amended) {
            orders.onAmended(amended);
        } else if (event instanceof StopTriggered triggered) {
            orders.onTriggered(triggered);
        } else if (event instanceof QuoteAccepted quote) {
            quotes.onQuoteAccepted(quote);
        } else if (event instanceof DepthChanged depth) {
            market.onDepth(depth);
        } else if (event instanceof TapePrint print) {
            market.onTrade(print);
        }
    }

    /** Order reports in the gap are lost to their sessions; the books take a new seed at their next change. */
    @Override
    public void onGap(long count) {
        missed.addAndGet(count);
    }

    @Override
    public void onCaughtUp() {
        endOfBatch.run();
    }

    long missed() {
        return missed.get();
    }
}
