package com.suanli.cluster.protocol;

import java.nio.charset.StandardCharsets;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The layout of every message (little-endian, Agrona's order), documented in docs/CLUSTER.md:
 *
 * <pre>
 * ingress COMMANDS  kind 1 | client id 8 | first client sequence 8 | count 4 | count commands (docs/JOURNAL.md encoding)
 * ingress REPORT    kind 2 | client id 8 | report id 8
 * egress  OUTCOMES  kind 1 | next expected sequence 8 | gap 1 | count 4 | count x (sequence 8 | timestamp 8 |
 *                   last event 8 | reason length 2, 0xFFFF for none | reason UTF-8)
 * egress  REPORTED  kind 2 | report id 8 | state hash 8 | last event 8 | commands applied 8
 * </pre>
 */
public final class Messages {

    public static final byte COMMANDS = 1;
    public static final byte REPORT = 2;
    public static final byte OUTCOMES = 1;
    public static final byte REPORTED = 2;

    /** Where a COMMANDS message's commands begin. */
    public static final int COMMANDS_HEADER = 1 + Long.BYTES + Long.BYTES + Integer.BYTES;
    public static final int REPORT_LENGTH = 1 + 2 * Long.BYTES;
    public static final int OUTCOMES_HEADER = 1 + Long.BYTES + 1 + Integer.BYTES;
    public static final int REPORTED_LENGTH = 1 + 4 * Long.BYTES;
    /**
     * Where an encoded command keeps its timestamp (docs/JOURNAL.md: version 1 byte, kind 1 byte, then the
     * timestamp): the member writes the cluster's time there before decoding.
     */
    public static final int COMMAND_TIMESTAMP_OFFSET = 2;
    private static final int NO_REASON = 0xFFFF;

    private Messages() {
    }

    /** Writes a COMMANDS header; the commands follow at {@code offset + COMMANDS_HEADER}. */
    public static void writeCommandsHeader(MutableDirectBuffer buffer, int offset, long clientId, long firstSequence,
                                           int count) {
        buffer.putByte(offset, COMMANDS);
        buffer.putLong(offset + 1, clientId);
        buffer.putLong(offset + 1 + Long.BYTES, firstSequence);
        buffer.putInt(offset + 1 + 2 * Long.BYTES, count);
    }

    public static long clientId(DirectBuffer buffer, int offset) {
        return buffer.getLong(offset + 1);
    }

    public static long firstSequence(DirectBuffer buffer, int offset) {
        return buffer.getLong(offset + 1 + Long.BYTES);
    }

    public static int count(DirectBuffer buffer, int offset) {
        return buffer.getInt(offset + 1 + 2 * Long.BYTES);
    }

    public static int writeReport(MutableDirectBuffer buffer, int offset, long clientId, long reportId) {
        buffer.putByte(offset, REPORT);
        buffer.putLong(offset + 1, clientId);
        buffer.putLong(offset + 1 + Long.BYTES, reportId);
        return REPORT_LENGTH;
    }

    public static long reportId(DirectBuffer buffer, int offset) {
        return buffer.getLong(offset + 1 + Long.BYTES);
    }

    /** Writes an OUTCOMES header; outcomes follow at {@code offset + OUTCOMES_HEADER}. */
    public static void writeOutcomesHeader(MutableDirectBuffer buffer, int offset, long expected, boolean gap,
                                           int count) {
        buffer.putByte(offset, OUTCOMES);
        buffer.putLong(offset + 1, expected);
        buffer.putByte(offset + 1 + Long.BYTES, (byte) (gap ? 1 : 0));
        buffer.putInt(offset + 2 + Long.BYTES, count);
    }

    /** Writes one outcome at {@code offset}; returns its length. */
    public static int writeOutcome(MutableDirectBuffer buffer, int offset, Outcome outcome) {
        buffer.putLong(offset, outcome.clientSequence());
        buffer.putLong(offset + Long.BYTES, outcome.timestamp());
        buffer.putLong(offset + 2 * Long.BYTES, outcome.lastEventSequence());
        int at = offset + 3 * Long.BYTES;
        if (outcome.rejection() == null) {
            buffer.putShort(at, (short) NO_REASON);
            return 3 * Long.BYTES + Short.BYTES;
        }
        byte[] reason = outcome.rejection().getBytes(StandardCharsets.UTF_8);
        int length = Math.min(reason.length, NO_REASON - 1);
        buffer.putShort(at, (short) length);
        buffer.putBytes(at + Short.BYTES, reason, 0, length);
        return 3 * Long.BYTES + Short.BYTES + length;
    }

    /** Receives what an OUTCOMES message holds. */
    public interface OutcomeHandler {
        void onOutcomes(long expected, boolean gap);

        void onOutcome(Outcome outcome);
    }

    /** Reads an OUTCOMES message: first its header, then each outcome in order. */
    public static void readOutcomes(DirectBuffer buffer, int offset, OutcomeHandler handler) {
        long expected = buffer.getLong(offset + 1);
        boolean gap = buffer.getByte(offset + 1 + Long.BYTES) != 0;
        int count = buffer.getInt(offset + 2 + Long.BYTES);
        handler.onOutcomes(expected, gap);
        int at = offset + OUTCOMES_HEADER;
        for (int i = 0; i < count; i++) {
            long sequence = buffer.getLong(at);
            long timestamp = buffer.getLong(at + Long.BYTES);
            long lastEvent = buffer.getLong(at + 2 * Long.BYTES);
            int length = buffer.getShort(at + 3 * Long.BYTES) & 0xFFFF;
            at += 3 * Long.BYTES + Short.BYTES;
            String reason = null;
            if (length != NO_REASON) {
                reason = buffer.getStringWithoutLengthUtf8(at, length);
                at += length;
            }
            handler.onOutcome(new Outcome(sequence, timestamp, lastEvent, reason));
        }
    }

    public static int writeReported(MutableDirectBuffer buffer, int offset, long reportId, StateReport report) {
        buffer.putByte(offset, REPORTED);
        buffer.putLong(offset + 1, reportId);
        buffer.putLong(offset + 1 + Long.BYTES, report.stateHash());
        buffer.putLong(offset + 1 + 2 * Long.BYTES, report.lastEventSequence());
        buffer.putLong(offset + 1 + 3 * Long.BYTES, report.commandsApplied());
        return REPORTED_LENGTH;
    }

    public static StateReport readReported(DirectBuffer buffer, int offset) {
        return new StateReport(buffer.getLong(offset + 1 + Long.BYTES), buffer.getLong(offset + 1 + 2 * Long.BYTES),
                buffer.getLong(offset + 1 + 3 * Long.BYTES));
    }
}
