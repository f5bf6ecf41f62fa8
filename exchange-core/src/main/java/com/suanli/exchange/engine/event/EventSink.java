package com.suanli.exchange.engine.event;

import com.suanli.exchange.engine.command.Command;

import java.util.Objects;

/**
 * Receives the engine's events in sequence order, on the sequencer thread. A journal, the
 * clearing house or a UI bridge implements it; it must not call back into the engine, and
 * must not throw: by the time an event is delivered the engine state has already changed.
 * An event is immutable and may be kept. The steady-state paths' events arrive through
 * {@link EventsByField}'s methods, which build the record for {@link #onEvent} unless the sink
 * overrides them to read the fields without one.
 */
public interface EventSink extends EventsByField {

    @Override
    void onEvent(ExchangeEvent event);

    /**
     * Every event of {@code command} has been delivered; {@code lastSequence} is the last one
     * so far. A journal commits its batch here (group commit) before acknowledging the command.
     */
    default void onCommandProcessed(Command command, long lastSequence) {
    }

    EventSink NONE = event -> { };

    /** A sink that hands every event and command boundary to {@code first}, then to {@code second}. */
    static EventSink both(EventSink first, EventSink second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        return new EventSink() {
            @Override
            public void onEvent(ExchangeEvent event) {
                first.onEvent(event);
                second.onEvent(event);
            }

            @Override
            public void onCommandProcessed(Command command, long lastSequence) {
                first.onCommandProcessed(command, lastSequence);
                second.onCommandProcessed(command, lastSequence);
            }
        };
    }
}
