package com.suanli.sessions.run;

import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.sessions.agent.AgentContext;

/**
 * Watches a session from outside, as the session report does: every event the session is given,
 * and the market with its fair values at the end of every step (after the agents acted).
 * An observer only reads; it sends no command, so it cannot change the event stream.
 */
public interface SessionObserver extends EventSink {

    @Override
    default void onEvent(ExchangeEvent event) {
    }

    /** The end of a step: the time, the day, the public market and the fair values then. */
    void onStep(AgentContext context);
}
