package com.suanli.exchange.engine;

import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.RejectedCommand;

/**
 * The engine's outgoing event stream and its numbering: the gap-free event sequence, the trade
 * ids and the engine time (the latest command timestamp). Every part of the engine publishes
 * through this one object so that numbering has a single owner.
 */
final class EventLog {
    final EventSink sink;
    /** The sequence of the last event published. */
    long sequence;
    long nextTradeId = 1;
    /** The engine time: the timestamp of the command being processed. */
    long now = Long.MIN_VALUE;

    EventLog(EventSink sink) {
        this.sink = sink;
    }

    /** The sequence number for the next event; callers build the event with it and publish it. */
    long next() {
        return ++sequence;
    }

    void reject(long timestamp, RejectedCommand command, long account, long clientOrderId, int instrumentId,
                long orderId, Rejection r) {
        sink.onEvent(new CommandRejected(++sequence, timestamp, command, account, clientOrderId, instrumentId, orderId,
                r.reason(), r.message()));
    }
}
