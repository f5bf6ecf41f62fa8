package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.journal.CommandDecoder;
import com.suanli.exchange.engine.journal.CommandEncoder;

import java.nio.ByteBuffer;
import java.util.List;

/** A fresh cleared engine fed commands as a journal hands them back: each encoded, decoded, then submitted. */
final class JournalReplica {
    private JournalReplica() {
    }

    static Engine replay(List<Command> journal, EventSink sink) {
        Engine replica = SequencedClearingRun.clearedEngine(sink);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 10);
        for (Command command : journal) {
            buffer.clear();
            CommandEncoder.encode(command, buffer);
            buffer.flip();
            replica.submit(CommandDecoder.decode(buffer));
        }
        return replica;
    }
}
