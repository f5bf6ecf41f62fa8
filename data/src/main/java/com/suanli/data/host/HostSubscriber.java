package com.suanli.data.host;

import com.suanli.exchange.engine.event.ExchangeEvent;

/** Receives the host's events on its own thread, in order, never on the sequencer's. */
public interface HostSubscriber {

    void onEvent(ExchangeEvent event);

    /**
     * The subscriber fell behind and its queue was full: {@code missed} events were dropped here,
     * between the event delivered before and the one delivered after. The sequencer never waits for a
     * subscriber; one that must miss nothing reads the journal or a snapshot to catch up.
     */
    default void onGap(long missed) {
    }
}
