package com.suanli.cluster.service;

import com.suanli.data.host.EventFanOut;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.ByteArrayEventEncoder;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The engine's sink in a member: hands every event to the member's {@link EventFanOut} and, while a follower
 * wants them (docs/CLUSTER.md, "The feed"), also encodes the events of each command applied into the FEED
 * message's events part: its client sequence, how many events, the events in their canonical bytes. Encoded once
 * for every follower, in one array reused message after message.
 */
final class FeedEvents extends ByteArrayEventEncoder implements EventSink {

    private final EventFanOut events;
    private final UnsafeBuffer view = new UnsafeBuffer(new byte[0]);
    /** Whether the message being applied records its events. */
    private boolean recording;
    /** Whether a command is being applied (the events outside one, the setup's, are not any command's). */
    private boolean inCommand;
    private int applied;
    private int countAt;
    private int count;

    FeedEvents(EventFanOut events) {
        super(1 << 16);
        this.events = events;
    }

    /** Before a message: whether its commands' events are recorded. */
    void beginMessage(boolean record) {
        recording = record;
        rewind(Integer.BYTES);
        applied = 0;
    }

    /** Before the engine applies the client's command {@code clientSequence}. */
    void beginCommand(long clientSequence) {
        if (recording) {
            putLong(clientSequence);
            countAt = length();
            putInt(0);
            count = 0;
            inCommand = true;
        }
    }

    /** After the engine applied it: its events are all in. */
    void endCommand() {
        if (recording) {
            setInt(countAt, count);
            applied++;
            inCommand = false;
        }
    }

    /** The message's events part, or null when it recorded none; valid until the next message. */
    DirectBuffer recorded() {
        if (!recording) {
            return null;
        }
        setInt(0, applied);
        view.wrap(bytes(), 0, length());
        return view;
    }

    /** How long {@link #recorded} is. */
    int recordedLength() {
        return recording ? length() : Integer.BYTES;
    }

    /**
     * Records are made only for a command whose events are recorded or while the fan-out has a subscriber (a
     * read model): a member without either applies a command without an event object (docs/BENCHMARKS.md, "branch
     * cluster16p").
     */
    @Override
    public boolean wantsRecords() {
        return inCommand || events.wantsRecords();
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        events.onEvent(event);
        if (inCommand) {
            event.encodeTo(this);
            count++;
        }
    }

    @Override
    public void onCommandProcessed(Command command, long lastSequence) {
        events.onCommandProcessed(command, lastSequence);
    }
}
