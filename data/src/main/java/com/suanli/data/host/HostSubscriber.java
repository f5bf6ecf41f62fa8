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

    /**
     * The subscriber's queue is empty: it has every event published so far and is about to wait for
     * more. The moment to commit or show what it gathered, so a batch ends where the burst ends.
     */
    default void onCaughtUp() {
    }
}
