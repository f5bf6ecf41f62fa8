package com.suanli.exchange.engine;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;

/**
 * The engine's outgoing event stream and its numbering: the gap-free event sequence, the trade
 * ids and the engine time (the latest command timestamp). Every part of the engine publishes
 * through this one object so that numbering has a single owner.
 */
final class EventLog {
    /** {@link #now} before the first command: no time yet. */
    static final long NOT_STARTED = Long.MIN_VALUE;

    final EventSink sink;
    /** The sequence of the last event published. */
    long sequence;
    long nextTradeId = 1;
    /** The engine time: the timestamp of the command being processed. */
    long now = NOT_STARTED;

    EventLog(EventSink sink) {
        this.sink = sink;
    }

    /** The sequence number for the next event; callers build the event with it and publish it. */
    long next() {
        return ++sequence;
    }

    /** Publishes the refusal of {@code command}, naming it by the fields it carries. */
    void reject(Command command, Rejection r) {
        reject(command, command.instrumentId(), r);
    }

    /**
     * As {@link #reject(Command, Rejection)}, naming {@code instrumentId}: the instrument of the
     * order an amendment acts on, or of the quote a mass quote failed on.
     */
    void reject(Command command, int instrumentId, Rejection r) {
        sink.onEvent(new CommandRejected(++sequence, command.timestamp(), command.kind(), command.account(),
                command.clientOrderId(), instrumentId, command.orderId(), r.reason(), r.message()));
    }
}
