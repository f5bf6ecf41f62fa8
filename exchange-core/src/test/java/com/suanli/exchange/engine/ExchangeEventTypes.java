package com.suanli.exchange.engine;

import com.suanli.exchange.engine.event.ExchangeEvent;

import java.util.Arrays;
import java.util.List;

/** The simple names of every event record, read from the sealed interface. */
final class ExchangeEventTypes {
    static final List<String> ALL = Arrays.stream(ExchangeEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName).sorted().toList();

    private ExchangeEventTypes() {
    }
}
