package com.suanli.gateway.entry;

import com.suanli.exchange.engine.event.ExchangeEvent;

/** Receives the exchange's events in sequence order, on the entry's own thread. */
public interface EntryListener {

    void onEvent(ExchangeEvent event);

    /** {@code missed} events were dropped here because the listener fell behind. */
    default void onGap(long missed) {
    }
}
