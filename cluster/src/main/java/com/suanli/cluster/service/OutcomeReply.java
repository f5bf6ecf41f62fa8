package com.suanli.cluster.service;

import com.suanli.cluster.protocol.Messages;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;

/** The OUTCOMES message answering one COMMANDS message, built as the commands are applied. */
final class OutcomeReply {

    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(4_096);
    private int length;
    private int count;

    void begin() {
        length = Messages.OUTCOMES_HEADER;
        count = 0;
    }

    /**
     * Adds a command's outcome; {@code reason} null when the engine accepted it (the text's two parts as
     * {@link Messages#writeOutcome} takes them).
     */
    void add(long sequence, long timestamp, long lastEvent, String reason, String detail) {
        buffer.checkLimit(length + 3 * Long.BYTES + Short.BYTES
                + (reason == null ? 0 : 3 * Messages.textLength(reason, detail)));
        length += Messages.writeOutcome(buffer, length, sequence, timestamp, lastEvent, reason, detail);
        count++;
    }

    /**
     * @param expected the client sequence the exchange waits for next
     * @param gap whether the message was cut short because a sequence was missing before it
     */
    void finish(long expected, boolean gap) {
        Messages.writeOutcomesHeader(buffer, 0, expected, gap, count);
    }

    MutableDirectBuffer buffer() {
        return buffer;
    }

    int length() {
        return length;
    }
}
