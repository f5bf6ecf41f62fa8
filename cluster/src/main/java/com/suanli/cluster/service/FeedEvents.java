package com.suanli.cluster.service;

import com.suanli.data.host.EventFanOut;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.EventEncoder;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The engine's sink in a member: hands every event to the member's {@link EventFanOut} and, while a follower
 * wants them (docs/CLUSTER.md, "The feed"), also encodes the events of each command applied into the FEED
 * message's events part: its client sequence, how many events, the events in their canonical bytes. Encoded once
 * for every follower, in one array reused message after message, written through little-endian views of it.
 */
final class FeedEvents implements EventSink, EventEncoder {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final EventFanOut events;
    private byte[] bytes = new byte[1 << 16];
    private final UnsafeBuffer view = new UnsafeBuffer(bytes);
    /** Whether the message being applied records its events. */
    private boolean recording;
    /** Whether a command is being applied (the events outside one, the setup's, are not any command's). */
    private boolean inCommand;
    private int length;
    private int applied;
    private int countAt;
    private int count;

    FeedEvents(EventFanOut events) {
        this.events = events;
    }

    /** Before a message: whether its commands' events are recorded. */
    void beginMessage(boolean record) {
        recording = record;
        length = Integer.BYTES;
        applied = 0;
    }

    /** Before the engine applies the client's command {@code clientSequence}. */
    void beginCommand(long clientSequence) {
        if (recording) {
            putLong(clientSequence);
            countAt = length;
            putInt(0);
            count = 0;
            inCommand = true;
        }
    }

    /** After the engine applied it: its events are all in. */
    void endCommand() {
        if (recording) {
            INT.set(bytes, countAt, count);
            applied++;
            inCommand = false;
        }
    }

    /** The message's events part, or null when it recorded none; valid until the next message. */
    DirectBuffer recorded() {
        if (!recording) {
            return null;
        }
        INT.set(bytes, 0, applied);
        view.wrap(bytes, 0, length);
        return view;
    }

    /** How long {@link #recorded} is. */
    int recordedLength() {
        return recording ? length : Integer.BYTES;
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

    @Override
    public void putByte(int value) {
        room(1);
        bytes[length++] = (byte) value;
    }

    @Override
    public void putInt(int value) {
        room(Integer.BYTES);
        INT.set(bytes, length, value);
        length += Integer.BYTES;
    }

    @Override
    public void putLong(long value) {
        room(Long.BYTES);
        LONG.set(bytes, length, value);
        length += Long.BYTES;
    }

    @Override
    public void putString(String value) {
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        putInt(text.length);
        room(text.length);
        System.arraycopy(text, 0, bytes, length, text.length);
        length += text.length;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }
}
