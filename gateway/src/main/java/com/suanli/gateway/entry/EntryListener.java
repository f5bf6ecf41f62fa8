package com.suanli.gateway.entry;

import com.suanli.exchange.engine.event.ExchangeEvent;

/** Receives the exchange's events in sequence order, on the entry's own thread. */
public interface EntryListener {

    void onEvent(ExchangeEvent event);

    /** {@code missed} events were dropped here because the listener fell behind. */
    default void onGap(long missed) {
    }

    /**
     * Every event published so far has been delivered: the end of a batch. The gateway writes the reports it
     * gathered over the batch now, so an entry calls this whenever its queue runs empty.
     */
    default void onCaughtUp() {
    }
}
