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
 * ingress FOLLOW    kind 3 | client id 8 | request id 8 | first feed sequence wanted 8 | what 1 (0 the commands,
 *                   1 the events too, 2 the events and the whole state now)
 * egress  FOLLOWING kind 3 | request id 8 | first feed sequence sent 8 | last one sent 8 | state length 4
 *                   (0: the messages first to last follow, then the live feed)
 * egress  STATE     kind 4 | offset 4 | a piece of the state (the exchange's snapshot bytes)
 * egress  FEED      kind 5 | feed sequence 8 | log timestamp 8 | COMMANDS length 4 | the COMMANDS message as the
 *                   log holds it | commands applied 4 (-1: the events were not recorded) | each applied command:
 *                   (client sequence 8 | event count 4 | its events, each as {@code BinaryEventEncoder} writes it)
 * </pre>
 */
public final class Messages {

    public static final byte COMMANDS = 1;
    public static final byte REPORT = 2;
    public static final byte OUTCOMES = 1;
    public static final byte REPORTED = 2;
    public static final byte FOLLOW = 3;
    public static final byte FOLLOWING = 3;
    public static final byte STATE = 4;
    public static final byte FEED = 5;

    /** Where a COMMANDS message's commands begin. */
    public static final int COMMANDS_HEADER = 1 + Long.BYTES + Long.BYTES + Integer.BYTES;
    public static final int REPORT_LENGTH = 1 + 2 * Long.BYTES;
    public static final int OUTCOMES_HEADER = 1 + Long.BYTES + 1 + Integer.BYTES;
    public static final int REPORTED_LENGTH = 1 + 4 * Long.BYTES;
    public static final int FOLLOW_LENGTH = 1 + 3 * Long.BYTES + 1;
    /** A FOLLOW's what: the COMMANDS messages (a mirror that runs the engine). */
    public static final byte FOLLOW_COMMANDS = 0;
    /** A FOLLOW's what: each message's events too, for a client that runs no engine. */
    public static final byte FOLLOW_EVENTS = 1;
    /** A FOLLOW's what: the events, and the whole state as it stands now first (a client's seed of its books). */
    public static final byte FOLLOW_EVENTS_AND_STATE = 2;
    /** A FEED message's count of applied commands when the member recorded no events (no follower wanted them). */
    public static final int NO_EVENTS = -1;
    public static final int FOLLOWING_LENGTH = 1 + 3 * Long.BYTES + Integer.BYTES;
    /** Where a STATE message's piece begins. */
    public static final int STATE_HEADER = 1 + Integer.BYTES;
    /** Where a FEED message's COMMANDS message begins. */
    public static final int FEED_HEADER = 1 + 2 * Long.BYTES + Integer.BYTES;
    /**
     * Where an encoded command keeps its timestamp (docs/JOURNAL.md: version 1 byte, kind 1 byte, then the
     * timestamp): the member writes the cluster's time there before decoding.
     */
    public static final int COMMAND_TIMESTAMP_OFFSET = 2;
    private static final int NO_REASON = 0xFFFF;
    /** Between a rejection's reason and its detail: {@code UNKNOWN_ORDER: orderId: no working order 7}. */
    private static final String SEPARATOR = ": ";

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

    /**
     * Writes one outcome at {@code offset} and returns its length. The rejection's text is {@code reason: detail},
     * or {@code reason} alone when {@code detail} is null, given in two parts so that the engine's refusals (its
     * code and its message) are written without a string joined for each. Text in ASCII, as the engine's is, is
     * written without a copy; other text as UTF-8.
     * @param reason null when the command was accepted
     */
    public static int writeOutcome(MutableDirectBuffer buffer, int offset, long sequence, long timestamp,
                                   long lastEvent, String reason, String detail) {
        buffer.putLong(offset, sequence);
        buffer.putLong(offset + Long.BYTES, timestamp);
        buffer.putLong(offset + 2 * Long.BYTES, lastEvent);
        int at = offset + 3 * Long.BYTES;
        if (reason == null) {
            buffer.putShort(at, (short) NO_REASON);
            return 3 * Long.BYTES + Short.BYTES;
        }
        int length;
        if (isAscii(reason) && (detail == null || isAscii(detail)) && textLength(reason, detail) < NO_REASON) {
            length = buffer.putStringWithoutLengthAscii(at + Short.BYTES, reason);
            if (detail != null) {
                length += buffer.putStringWithoutLengthAscii(at + Short.BYTES + length, SEPARATOR);
                length += buffer.putStringWithoutLengthAscii(at + Short.BYTES + length, detail);
            }
        } else {
            byte[] rejection = rejectionText(reason, detail).getBytes(StandardCharsets.UTF_8);
            length = Math.min(rejection.length, NO_REASON - 1);
            buffer.putBytes(at + Short.BYTES, rejection, 0, length);
        }
        buffer.putShort(at, (short) length);
        return 3 * Long.BYTES + Short.BYTES + length;
    }

    /** The rejection's text of {@link #writeOutcome}'s two parts. */
    public static String rejectionText(String reason, String detail) {
        return detail == null ? reason : reason + SEPARATOR + detail;
    }

    /** How many characters {@link #rejectionText} has, without joining them. */
    public static int textLength(String reason, String detail) {
        return detail == null ? reason.length() : reason.length() + SEPARATOR.length() + detail.length();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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

    /**
     * A FOLLOW: send the feed from {@code from} (state first when the sender's history no longer reaches it, or
     * when {@code what} asks for it).
     * @param what {@link #FOLLOW_COMMANDS}, {@link #FOLLOW_EVENTS} or {@link #FOLLOW_EVENTS_AND_STATE}
     */
    public static int writeFollow(MutableDirectBuffer buffer, int offset, long clientId, long requestId, long from,
                                  byte what) {
        buffer.putByte(offset, FOLLOW);
        buffer.putLong(offset + 1, clientId);
        buffer.putLong(offset + 1 + Long.BYTES, requestId);
        buffer.putLong(offset + 1 + 2 * Long.BYTES, from);
        buffer.putByte(offset + 1 + 3 * Long.BYTES, what);
        return FOLLOW_LENGTH;
    }

    public static byte followWhat(DirectBuffer buffer, int offset) {
        return buffer.getByte(offset + 1 + 3 * Long.BYTES);
    }

    public static long followRequestId(DirectBuffer buffer, int offset) {
        return buffer.getLong(offset + 1 + Long.BYTES);
    }

    public static long followFrom(DirectBuffer buffer, int offset) {
        return buffer.getLong(offset + 1 + 2 * Long.BYTES);
    }

    /**
     * The answer to a FOLLOW: the feed goes on from {@code first}; with {@code stateLength > 0} the state as it
     * stands before {@code first} comes first, in STATE pieces, else the kept messages {@code first} to
     * {@code last} (none when {@code last < first}); the live feed follows.
     */
    public static int writeFollowing(MutableDirectBuffer buffer, int offset, long requestId, long first, long last,
                                     int stateLength) {
        buffer.putByte(offset, FOLLOWING);
        buffer.putLong(offset + 1, requestId);
        buffer.putLong(offset + 1 + Long.BYTES, first);
        buffer.putLong(offset + 1 + 2 * Long.BYTES, last);
        buffer.putInt(offset + 1 + 3 * Long.BYTES, stateLength);
        return FOLLOWING_LENGTH;
    }

    public static long followingRequestId(DirectBuffer buffer, int offset) {
        return buffer.getLong(offset + 1);
    }

    public static long followingFirst(DirectBuffer buffer, int offset) {
        return buffer.getLong(offset + 1 + Long.BYTES);
    }

    public static long followingLast(DirectBuffer buffer, int offset) {
        return buffer.getLong(offset + 1 + 2 * Long.BYTES);
    }

    public static int followingStateLength(DirectBuffer buffer, int offset) {
        return buffer.getInt(offset + 1 + 3 * Long.BYTES);
    }

    public static void writeStateHeader(MutableDirectBuffer buffer, int offset, int pieceOffset) {
        buffer.putByte(offset, STATE);
        buffer.putInt(offset + 1, pieceOffset);
    }

    public static int stateOffset(DirectBuffer buffer, int offset) {
        return buffer.getInt(offset + 1);
    }

    /**
     * Writes a FEED header; the COMMANDS message of {@code commandsLength} bytes follows at {@code offset +
     * FEED_HEADER}, the events after it ({@link #feedEvents}).
     */
    public static void writeFeedHeader(MutableDirectBuffer buffer, int offset, long feedSequence, long timestamp,
                                       int commandsLength) {
        buffer.putByte(offset, FEED);
        buffer.putLong(offset + 1, feedSequence);
        buffer.putLong(offset + 1 + Long.BYTES, timestamp);
        buffer.putInt(offset + 1 + 2 * Long.BYTES, commandsLength);
    }

    /** How long the FEED message's COMMANDS message is (it starts at {@code offset + FEED_HEADER}). */
    public static int feedCommandsLength(DirectBuffer buffer, int offset) {
        return buffer.getInt(offset + 1 + 2 * Long.BYTES);
    }

    /** Where the FEED message's events begin: its count of applied commands, {@link #NO_EVENTS} when none kept. */
    public static int feedEvents(DirectBuffer buffer, int offset) {
        return offset + FEED_HEADER + feedCommandsLength(buffer, offset);
    }

    public static long feedSequence(DirectBuffer buffer, int offset) {
        return buffer.getLong(offset + 1);
    }

    public static long feedTimestamp(DirectBuffer buffer, int offset) {
        return buffer.getLong(offset + 1 + Long.BYTES);
    }
}
