package com.suanli.cluster.service;

import com.suanli.data.host.EventFanOut;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.exchange.engine.command.Command;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;

/** A member's state machine fed log messages in process, and the replies it gave, for tests. */
public final class MemberHarness {

    private final ReplicatedExchange exchange;
    private final OutcomeReply reply = new OutcomeReply();

    public MemberHarness(ExchangeSetup setup, EventFanOut events) {
        this.exchange = new ReplicatedExchange(setup, events);
    }

    /** Applies a COMMANDS message of {@code commands} from {@code first}, at the log's {@code timestamp}. */
    public LogMessages.Reply apply(long clientId, long first, List<Command> commands, long timestamp) {
        UnsafeBuffer message = LogMessages.commands(clientId, first, commands);
        exchange.apply(message, 0, message.capacity(), timestamp, reply);
        return LogMessages.read(reply.buffer());
    }

    public ReplicatedExchange exchange() {
        return exchange;
    }

    OutcomeReply reply() {
        return reply;
    }
}
