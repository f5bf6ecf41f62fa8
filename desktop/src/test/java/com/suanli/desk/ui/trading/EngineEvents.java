package com.suanli.desk.ui.trading;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The engine's events for whoever joins after it was built (the workstation's views, the order gateway):
 * the engine's sink is fixed when it is made, so it publishes here and listeners come and go. Listeners are
 * called on the engine's thread, in the order they joined, and must be quick.
 */
final class EngineEvents implements EventSink {

    private final List<EventSink> listeners = new CopyOnWriteArrayList<>();

    /** From any thread; the listener gets every event published after it joined. */
    public void listen(EventSink listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        for (EventSink listener : listeners) {
            listener.onEvent(event);
        }
    }

    @Override
    public void onCommandProcessed(Command command, long lastSequence) {
        for (EventSink listener : listeners) {
            listener.onCommandProcessed(command, lastSequence);
        }
    }
}
