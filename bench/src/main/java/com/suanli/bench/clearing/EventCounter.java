package com.suanli.bench.clearing;

import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.TradeExecuted;

/**
 * A sink that counts the events, the trades, the refusals and remembers the last order accepted,
 * keeping no event. It takes every event as a record, as a sink that keeps them would; whether
 * the records are then allocated depends on the JIT ({@link FieldCounter} avoids them).
 */
class EventCounter implements EventSink {
    long events;
    long trades;
    long rejects;
    long lastAcceptedId;

    @Override
    public void onEvent(ExchangeEvent event) {
        events++;
        if (event instanceof TradeExecuted) {
            trades++;
        } else if (event instanceof OrderAccepted a) {
            lastAcceptedId = a.orderId();
        } else if (event instanceof CommandRejected) {
            rejects++;
        }
    }
}
