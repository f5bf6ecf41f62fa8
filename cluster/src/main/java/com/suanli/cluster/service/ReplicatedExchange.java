package com.suanli.cluster.service;

import com.suanli.cluster.protocol.Messages;
import com.suanli.cluster.protocol.Outcome;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.data.host.EventFanOut;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.journal.CommandDecoder;
import com.suanli.exchange.engine.journal.CommandFormatException;
import com.suanli.exchange.engine.journal.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The state every member of the cluster holds and changes only through the log: the exchange engine
 * (built by the desk's {@link ExchangeSetup}, clearing inside) and each client's sequence. Applying the
 * same messages with the same log timestamps gives every member the same state, byte for byte: time
 * enters only as the log's timestamp, written into each command before it is decoded.
 *
 * <p>A client's commands carry its sequence numbers. The next expected one is applied; one already
 * applied is answered with its remembered outcome and not applied again (a resend after a failover);
 * one beyond the next expected stops the message there (a lost message before it), and the reply says
 * which sequence the exchange waits for.
 */
public final class ReplicatedExchange {

    /** The snapshot section holding the clients' sequences, beside the engine's and clearing's. */
    static final String CLIENTS_SECTION = "cluster-clients";
    /** The snapshot section holding the feed's sequence: how many COMMANDS messages were applied. */
    static final String FEED_SECTION = "cluster-feed";

    /** Told of every client command applied (not of a resend answered from memory), on the applying thread. */
    @FunctionalInterface
    public interface AppliedCommands {
        /**
         * @param commandNumber the command's number among all clients' commands applied since the log began
         * @param rejection the engine's first refusal among the command's events, or null when it was accepted
         */
        void onApplied(long clientId, long commandNumber, Outcome outcome, CommandRejected rejection);
    }

    private final ExchangeSetup setup;
    private final EventFanOut events;
    /** The engine's sink: the events to {@link #events}, and encoded for the feed while asked to. */
    private final FeedEvents feedEvents;
    /** Whether the messages applied record their commands' events for the feed ({@link #recordEvents}). */
    private boolean recordEvents;
    private final ClientSequences clients = new ClientSequences();
    private Engine engine;
    private long commandsApplied;
    /** COMMANDS messages applied since the log began: the feed's sequence of the last one (docs/CLUSTER.md, "The feed"). */
    private long messagesApplied;
    /** Told of each command applied; null for nobody (a member), so that no outcome is made for it. */
    private AppliedCommands applied;
    /** The message's commands, copied out of the log (which is never written to) and stamped with its time. */
    private ByteBuffer scratch = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    /** Reads the commands out of {@link #scratch}. */
    private CommandDecoder decoder = CommandDecoder.over(scratch);
    /** The reason of a refusal of bytes that are no command: {@code MALFORMED: why}. */
    private static final String MALFORMED = "MALFORMED";
    /** Why the message being applied stopped decoding; its later commands cannot be framed. */
    private String malformed;

    /**
     * A fresh exchange; the clearing setup's own events are not published (as at the host's recovery).
     * @param events the engine's sink: notes each command's refusal, and feeds the read-model writer if any
     */
    public ReplicatedExchange(ExchangeSetup setup, EventFanOut events) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.events = Objects.requireNonNull(events, "events");
        this.feedEvents = new FeedEvents(events);
        events.mute(true);
        this.engine = setup.fresh(feedEvents);
        events.mute(false);
    }

    /**
     * Applies one COMMANDS message at the log's {@code timestamp} and writes the reply into {@code reply}.
     * Commands that do not decode are answered {@code MALFORMED} and consume their sequence, as every
     * member decides the same; the rest of that message cannot be framed and is answered so too.
     * @param reply null where nobody reads the reply (a follower, whose answers Aeron does not send, and a
     *        mirror): the outcomes are remembered all the same, only not encoded
     */
    void apply(DirectBuffer buffer, int offset, int length, long timestamp, OutcomeReply reply) {
        messagesApplied++;
        feedEvents.beginMessage(recordEvents);
        long clientId = Messages.clientId(buffer, offset);
        long first = Messages.firstSequence(buffer, offset);
        int count = Messages.count(buffer, offset);
        ClientSequences.Client client = clients.of(clientId);
        long time = Math.max(timestamp, engine.time());
        int bytes = length - Messages.COMMANDS_HEADER;
        if (scratch.capacity() < bytes) {
            scratch = ByteBuffer.allocate(Math.max(bytes, 2 * scratch.capacity())).order(ByteOrder.LITTLE_ENDIAN);
            decoder = CommandDecoder.over(scratch);
        }
        scratch.clear();
        buffer.getBytes(offset + Messages.COMMANDS_HEADER, scratch, bytes);
        scratch.flip();
        if (reply != null) {
            reply.begin();
        }
        boolean gap = false;
        malformed = null;
        for (int i = 0; i < count && !gap; i++) {
            long sequence = first + i;
            gap = sequence > client.lastApplied() + 1;
            if (!gap) {
                Command command = malformed == null ? next(time) : null;
                if (sequence <= client.lastApplied()) {
                    if (reply != null) {
                        client.answer(sequence, reply);
                    }
                } else if (command == null) {
                    refuseMalformed(client, sequence, time, reply);
                } else {
                    apply(clientId, client, sequence, command, reply);
                }
            }
        }
        if (reply != null) {
            reply.finish(client.lastApplied() + 1, gap);
        }
    }

    /**
     * Applies a COMMANDS message the members' feed brought, at the log timestamp they applied it at: a
     * mirror's state then follows theirs exactly (the members' replies are not needed here).
     */
    public void applyFed(DirectBuffer buffer, int offset, int length, long timestamp) {
        apply(buffer, offset, length, timestamp, null);
    }

    /**
     * Whether the messages applied from now on record their commands' events for the feed (docs/CLUSTER.md, "The
     * feed"): while a follower wants them; {@link #recordedEvents} has each message's.
     */
    void recordEvents(boolean record) {
        this.recordEvents = record;
    }

    /**
     * The events part of the FEED message of the message last applied (its commands applied and their events), or
     * null when it recorded none; valid until the next message is applied.
     */
    DirectBuffer recordedEvents() {
        return feedEvents.recorded();
    }

    /** How many bytes {@link #recordedEvents} holds. */
    int recordedEventsLength() {
        return feedEvents.recordedLength();
    }

    /** Who is told of each command applied from now on (a mirror, for its own client's acknowledgements). */
    public void onApplied(AppliedCommands listener) {
        this.applied = Objects.requireNonNull(listener, "listener");
    }

    /** The last sequence applied of {@code clientId}'s commands; 0 when none was. */
    public long lastApplied(long clientId) {
        return clients.lastApplied(clientId);
    }

    /** Client commands applied since the log began (a resend answered from memory is not counted again). */
    public long commandsApplied() {
        return commandsApplied;
    }

    /** The feed's sequence of the last COMMANDS message applied (0 before the first). */
    public long messagesApplied() {
        return messagesApplied;
    }

    /** Applies a command, remembers its outcome and adds it to {@code reply} (null for none). */
    private void apply(long clientId, ClientSequences.Client client, long sequence, Command command,
                       OutcomeReply reply) {
        events.beginCommand();
        feedEvents.beginCommand(sequence);
        engine.submit(command);
        feedEvents.endCommand();
        CommandRejected refused = events.rejection();
        String reason = refused == null ? null : refused.reason().name();
        String detail = refused == null ? null : String.valueOf(refused.message());
        long lastEvent = engine.lastSequence();
        client.applied(sequence, command.timestamp(), lastEvent, reason, detail);
        commandsApplied++;
        if (reply != null) {
            reply.add(sequence, command.timestamp(), lastEvent, reason, detail);
        }
        if (applied != null) {
            applied.onApplied(clientId, commandsApplied, new Outcome(sequence, command.timestamp(), lastEvent,
                    reason == null ? null : Messages.rejectionText(reason, detail)), refused);
        }
    }

    /** The next command of the message, stamped with the log's time; null (and why noted) when it does not decode. */
    private Command next(long time) {
        int start = scratch.position();
        try {
            if (scratch.remaining() >= Messages.COMMAND_TIMESTAMP_OFFSET + Long.BYTES) {
                scratch.putLong(start + Messages.COMMAND_TIMESTAMP_OFFSET, time);
            }
            return decoder.next();
        } catch (CommandFormatException e) {
            malformed = String.valueOf(e.getMessage());
            return null;
        }
    }

    /** A command that did not decode (or follows one that did not) consumes its sequence and changes nothing else. */
    private void refuseMalformed(ClientSequences.Client client, long sequence, long time, OutcomeReply reply) {
        client.applied(sequence, time, engine.lastSequence(), MALFORMED, malformed);
        if (reply != null) {
            reply.add(sequence, time, engine.lastSequence(), MALFORMED, malformed);
        }
    }

    public StateReport report() {
        return new StateReport(engine.stateHash(), engine.lastSequence(), commandsApplied);
    }

    /** The engine, for questions between messages on the service's thread. */
    public Engine engine() {
        return engine;
    }

    /** The engine's snapshot ({@link Snapshot#sections}) with the clients' sequences as one more section. */
    public byte[] snapshot() {
        try {
            Snapshot.Measured measured = measureSnapshot(() -> { });
            byte[] bytes = new byte[Math.toIntExact(measured.size())];
            int[] at = new int[1];
            measured.writeTo(1 << 16, (piece, offset, length) -> {
                System.arraycopy(piece, offset, bytes, at[0], length);
                at[0] += length;
            });
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("snapshot: " + e.getMessage(), e);
        }
    }

    /** {@link #snapshot}'s bytes as a buffer (the state a follower starts from: docs/CLUSTER.md, "The feed"). */
    DirectBuffer snapshotBytes() {
        return new UnsafeBuffer(snapshot());
    }

    /**
     * The snapshot's sections measured from the state as it stands ({@link Snapshot#measure}), to be written
     * before the next message: a member streams its scheduled snapshot, hundreds of megabytes, into Aeron's
     * snapshot publication without a copy of it in its heap ({@link SnapshotTransfer#write}).
     * @param betweenPieces run after each 64 KB measured ({@link Snapshot#measure(List, Runnable)})
     */
    Snapshot.Measured measureSnapshot(Runnable betweenPieces) throws IOException {
        List<Snapshot.LiveSection> sections = new ArrayList<>(Snapshot.liveSections(engine));
        sections.add(new Snapshot.LiveSection(CLIENTS_SECTION, out -> {
            out.writeLong(commandsApplied);
            clients.write(out);
        }));
        sections.add(new Snapshot.LiveSection(FEED_SECTION, out -> out.writeLong(messagesApplied)));
        return Snapshot.measure(sections, betweenPieces);
    }

    /** {@link #restore(InputStream)} from a whole snapshot's bytes. */
    public void restore(byte[] snapshot) {
        restore(new ByteArrayInputStream(snapshot));
    }

    /**
     * Replaces the state with the snapshot {@code snapshot} reads (to its end, or the snapshot's last section);
     * publishes nothing. Only its sections are held while it is restored, not the whole.
     * @throws IllegalArgumentException when the snapshot does not restore (the message names the part)
     */
    public void restore(InputStream snapshot) {
        Map<String, byte[]> sections;
        try {
            sections = Snapshot.read(snapshot);
        } catch (IOException e) {
            throw new IllegalArgumentException("snapshot: " + e.getMessage(), e);
        }
        byte[] section = sections.get(CLIENTS_SECTION);
        if (section == null || section.length < Long.BYTES) {
            throw new IllegalArgumentException("snapshot: no " + CLIENTS_SECTION + " section: not a cluster snapshot");
        }
        byte[] feed = sections.get(FEED_SECTION);
        if (feed == null || feed.length != Long.BYTES) {
            throw new IllegalArgumentException("snapshot: no " + FEED_SECTION + " section of 8 bytes: not a cluster"
                    + " snapshot of this build");
        }
        events.mute(true);
        try {
            engine = setup.restore(sections, feedEvents);
        } finally {
            events.mute(false);
        }
        ByteBuffer clientBytes = ByteBuffer.wrap(section);
        commandsApplied = clientBytes.getLong();
        byte[] rest = new byte[clientBytes.remaining()];
        clientBytes.get(rest);
        clients.restore(rest);
        messagesApplied = ByteBuffer.wrap(feed).getLong();
    }
}
