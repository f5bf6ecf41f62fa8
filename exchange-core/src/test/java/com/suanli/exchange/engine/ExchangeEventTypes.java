package com.suanli.exchange.engine;

import com.suanli.exchange.engine.event.ClearingEvent;
import com.suanli.exchange.engine.event.ExchangeEvent;

import java.util.Arrays;
import java.util.List;

/**
 * The simple names of every event record the matching engine publishes, read from the sealed
 * interface; the clearing house's events ({@link ClearingEvent}) are not the engine's.
 */
final class ExchangeEventTypes {
    static final List<String> ALL = Arrays.stream(ExchangeEvent.class.getPermittedSubclasses())
            .filter(type -> !ClearingEvent.class.isAssignableFrom(type))
            .map(Class::getSimpleName).sorted().toList();

    private ExchangeEventTypes() {
    }
}
