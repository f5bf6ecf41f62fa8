package com.suanli.sessions.record;

import com.suanli.data.session.CommandChunk;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.journal.CommandDecoder;
import com.suanli.exchange.engine.journal.CommandEncoder;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A session's commands in order, encoded as the exchange journal encodes them (docs/JOURNAL.md), cut
 * into chunks of at most {@link #CHUNK_BYTES} for the database.
 */
final class CommandTape {

    /** Large enough to keep the rows few, well under the column's 16 MiB. */
    static final int CHUNK_BYTES = 1 << 20;

    private final List<CommandChunk> chunks = new ArrayList<>();
    private final ByteBuffer open = ByteBuffer.allocate(CHUNK_BYTES);
    private long count;
    private long openFirst;
    private long firstTime;
    private long lastTime;

    void add(Command command) {
        if (open.remaining() < CommandEncoder.length(command)) {
            cut();
        }
        CommandEncoder.encode(command, open);
        if (count == 0) {
            firstTime = command.timestamp();
        }
        lastTime = Math.max(lastTime, command.timestamp());
        count++;
    }

    long count() {
        return count;
    }

    long firstTime() {
        return firstTime;
    }

    long lastTime() {
        return lastTime;
    }

    /** Every command so far, in chunks. */
    List<CommandChunk> chunks() {
        cut();
        return List.copyOf(chunks);
    }

    private void cut() {
        if (count > openFirst) {
            chunks.add(new CommandChunk(openFirst, count - 1, Arrays.copyOf(open.array(), open.position())));
            openFirst = count;
            open.clear();
        }
    }

    /**
     * The commands of {@code chunks}, in order.
     * @throws IllegalArgumentException when a chunk does not follow the one before or holds another count of commands
     */
    static List<Command> decode(List<CommandChunk> chunks) {
        List<Command> commands = new ArrayList<>();
        for (CommandChunk chunk : chunks) {
            if (chunk.firstIndex() != commands.size()) {
                throw new IllegalArgumentException("commands: a chunk starts at command " + chunk.firstIndex()
                        + " where command " + commands.size() + " was due");
            }
            ByteBuffer bytes = ByteBuffer.wrap(chunk.commands());
            while (bytes.hasRemaining()) {
                commands.add(CommandDecoder.decode(bytes));
            }
            if (commands.size() != chunk.lastIndex() + 1) {
                throw new IllegalArgumentException("commands: the chunk of commands " + chunk.firstIndex() + ".."
                        + chunk.lastIndex() + " holds " + (commands.size() - chunk.firstIndex()) + " commands");
            }
        }
        return commands;
    }
}
