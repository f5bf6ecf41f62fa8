package com.suanli.desk.exchange;

import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.List;

/**
 * Receives the desk exchange's events in batches, in order, on a thread of its own: never the engine's,
 * never the FX thread (hand over with {@code Platform.runLater} for the screen). A batch ends where a
 * burst ends, so a listener that repaints once per batch is coalesced for free.
 */
@FunctionalInterface
public interface DeskListener {

    /** The next events, in sequence order; the list is the listener's to keep. */
    void onEvents(List<ExchangeEvent> batch);

    /**
     * The listener fell behind and {@code missed} events were dropped between the last batch and the
     * next: a view rebuilt from events should reload from {@link DeskExchange#market()} or ask the engine.
     */
    default void onGap(long missed) {
    }
}
