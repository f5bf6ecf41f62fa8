package com.suanli.cluster.service;

import com.suanli.cluster.protocol.Messages;
import com.suanli.cluster.protocol.Outcome;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.journal.CommandDecoder;
import com.suanli.exchange.engine.journal.CommandEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/** Cluster log messages as a client sends them, and the replies read back, for tests. */
public final class LogMessages {

    private LogMessages() {
    }

    /** A COMMANDS message of {@code commands} numbered from {@code firstSequence}. */
    public static UnsafeBuffer commands(long clientId, long firstSequence, List<Command> commands) {
        ByteBuffer body = ByteBuffer.allocate(Messages.COMMANDS_HEADER
                + commands.stream().mapToInt(CommandEncoder::length).sum()).order(ByteOrder.LITTLE_ENDIAN);
        body.position(Messages.COMMANDS_HEADER);
        commands.forEach(command -> CommandEncoder.encode(command, body));
        UnsafeBuffer message = new UnsafeBuffer(body.array());
        Messages.writeCommandsHeader(message, 0, clientId, firstSequence, commands.size());
        return message;
    }

    /** The command as the exchange applied it: with the timestamp its outcome reports. */
    public static Command stampedAt(Command command, long timestamp) {
        ByteBuffer bytes = ByteBuffer.allocate(CommandEncoder.length(command)).order(ByteOrder.LITTLE_ENDIAN);
        CommandEncoder.encode(command, bytes);
        bytes.putLong(Messages.COMMAND_TIMESTAMP_OFFSET, timestamp);
        return CommandDecoder.decode(bytes.array());
    }

    /** What an OUTCOMES reply says. */
    public record Reply(long expected, boolean gap, List<Outcome> outcomes) {
    }

    public static Reply read(DirectBuffer buffer) {
        List<Outcome> outcomes = new ArrayList<>();
        long[] expected = new long[1];
        boolean[] gap = new boolean[1];
        Messages.readOutcomes(buffer, 0, new Messages.OutcomeHandler() {
            @Override
            public void onOutcomes(long next, boolean cut) {
                expected[0] = next;
                gap[0] = cut;
            }

            @Override
            public void onOutcome(Outcome outcome) {
                outcomes.add(outcome);
            }
        });
        return new Reply(expected[0], gap[0], outcomes);
    }
}
