package com.suanli.gateway.entry;

import com.suanli.data.host.HostSubscriber;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.Objects;

/** Receives the exchange's events in sequence order, on the entry's own thread. */
public interface EntryListener {

    void onEvent(ExchangeEvent event);

    /** {@code missed} events were dropped here because the listener fell behind. */
    default void onGap(long missed) {
    }

    /** The listener as a host's subscriber (the in-process host's, a cluster mirror's). */
    static HostSubscriber asSubscriber(EntryListener listener) {
        Objects.requireNonNull(listener, "listener");
        return new HostSubscriber() {
            @Override
            public void onEvent(ExchangeEvent event) {
                listener.onEvent(event);
            }

            @Override
            public void onGap(long missed) {
                listener.onGap(missed);
            }

            @Override
            public void onCaughtUp() {
                listener.onCaughtUp();
            }
        };
    }

    /**
     * Every event published so far has been delivered: the end of a batch. The gateway writes the reports it
     * gathered over the batch now, so an entry calls this whenever its queue runs empty.
     */
    default void onCaughtUp() {
    }
}
