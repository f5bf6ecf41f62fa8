package com.suanli.gateway.fix;

import com.suanli.exchange.listing.ContractSpec;
import java.time.LocalDateTime;
import java.util.Iterator;
import quickfix.Field;
import quickfix.Message;
import quickfix.UtcTimestampPrecision;
import quickfix.field.BeginString;
import quickfix.field.BodyLength;
import quickfix.field.CheckSum;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.TargetCompID;

/**
 * An application message whose body the gateway writes as FIX text itself, field after field in ascending tag
 * order, instead of filling QuickFIX/J's field maps: the session still stamps the header (sequence number,
 * CompIDs, SendingTime), keeps the text for resends and writes it, but the body is copied as written. A
 * QuickFIX/J message built field by field, turned into text, was 61% of the gateway's busiest thread
 * (docs/BENCHMARKS.md, "FIX gateway"). The text is what QuickFIX/J would write for the same fields: body
 * fields in ascending tag order, body length and checksum counted on characters (the fields are ASCII).
 *
 * <p>One instance is reused for message after message by one thread at a time: {@link #start} clears it.
 */
public final class EncodedMessage extends Message {

    private static final char SOH = '\u0001';

    private final StringBuilder body = new StringBuilder(320);
    /** The header's fields after BodyLength (9), MsgType (35) first: what BodyLength counts before the body. */
    private final StringBuilder headerFields = new StringBuilder(128);
    private final StringBuilder wire = new StringBuilder(420);
    /** The wire text copied out for its checksum: a loop over an array, not over the builder's characters. */
    private char[] characters = new char[512];
    private int lastTag;

    /** A header that writes SendingTime's text from the gateway's cache of the millisecond's text. */
    @Override
    protected Header newHeader() {
        return new StampedHeader();
    }

    /**
     * Forgets the message before and starts one of type {@code msgType} (35). The header keeps the fields every
     * session stamps on every message it sends (BeginString, the CompIDs, MsgSeqNum, SendingTime), which the next
     * send sets again, so that its {@code TreeMap} replaces their values instead of making its entries anew for
     * every report; any other header field (a sub or location id one session stamps and the next may not) is
     * removed, so the header is the one a cleared message would get.
     */
    public EncodedMessage start(String msgType) {
        for (Iterator<Field<?>> fields = getHeader().iterator(); fields.hasNext(); ) {
            if (!restamped(fields.next().getTag())) {
                fields.remove();
            }
        }
        getTrailer().clear();
        getHeader().setString(MsgType.FIELD, msgType);
        body.setLength(0);
        lastTag = 0;
        return this;
    }

    /** Whether every send stamps the header field {@code tag} again. */
    private static boolean restamped(int tag) {
        return switch (tag) {
            case BeginString.FIELD, SenderCompID.FIELD, TargetCompID.FIELD, MsgSeqNum.FIELD, SendingTime.FIELD,
                    MsgType.FIELD -> true;
            default -> false;
        };
    }

    public EncodedMessage field(int tag, CharSequence value) {
        tag(tag).append(value);
        body.append(SOH);
        return this;
    }

    public EncodedMessage field(int tag, long value) {
        tag(tag).append(value);
        body.append(SOH);
        return this;
    }

    public EncodedMessage field(int tag, char value) {
        tag(tag).append(value);
        body.append(SOH);
        return this;
    }

    /** The price of {@code ticks} of {@code contract}, CNY per unit, as {@link FixValues#appendPrice} writes it. */
    public EncodedMessage price(int tag, ContractSpec contract, long ticks) {
        FixValues.appendPrice(tag(tag), contract, ticks);
        body.append(SOH);
        return this;
    }

    /** {@code prefix}, {@code id} and, unless {@code suffix} is negative, a dash and {@code suffix}: an id field. */
    public EncodedMessage id(int tag, char prefix, long id, long suffix) {
        StringBuilder text = tag(tag).append(prefix).append(id);
        if (suffix >= 0) {
            text.append('-').append(suffix);
        }
        body.append(SOH);
        return this;
    }

    private StringBuilder tag(int tag) {
        if (tag <= lastTag) {
            throw new IllegalStateException("tag " + tag + " written after tag " + lastTag
                    + ": a body's tags go in ascending order");
        }
        lastTag = tag;
        return body.append(tag).append('=');
    }

    /**
     * The message as the session sends it: its header as the session stamped it, the body, the checksum. The body
     * is copied once, into the wire text: BodyLength is the header fields' length and the body's, so neither needs
     * to be written before it is known (the text after BodyLength used to be gathered whole first, the body copied
     * twice a report).
     */
    @Override
    public String toString() {
        headerFields.setLength(0);
        Header header = getHeader();
        headerFields.append(MsgType.FIELD).append('=').append(headerValue(header, MsgType.FIELD)).append(SOH);
        for (Iterator<Field<?>> fields = header.iterator(); fields.hasNext(); ) {
            Field<?> field = fields.next();
            int tag = field.getTag();
            if (tag != BeginString.FIELD && tag != BodyLength.FIELD && tag != MsgType.FIELD && tag != CheckSum.FIELD) {
                appendValue(headerFields.append(tag).append('='), field).append(SOH);
            }
        }
        wire.setLength(0);
        wire.append(BeginString.FIELD).append('=').append(headerValue(header, BeginString.FIELD)).append(SOH)
                .append(BodyLength.FIELD).append('=').append(headerFields.length() + body.length()).append(SOH)
                .append(headerFields).append(body);
        int sum = checksum(wire);
        wire.append(CheckSum.FIELD).append('=').append((char) ('0' + sum / 100)).append((char) ('0' + sum / 10 % 10))
                .append((char) ('0' + sum % 10)).append(SOH);
        return wire.toString();
    }

    /**
     * The sum of the characters modulo 256. Summing {@code wire.charAt(i)} was most of this method's time, itself
     * 16% of the event thread's (JFR, docs/BENCHMARKS.md "FIX gateway"): the builder checks the index and its
     * coding at every character, where a copy into an array is one bulk copy and a plain loop.
     */
    private int checksum(StringBuilder text) {
        int length = text.length();
        if (characters.length < length) {
            characters = new char[Math.max(length, 2 * characters.length)];
        }
        text.getChars(0, length, characters, 0);
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += characters[i];
        }
        return sum & 0xFF;
    }

    /** A header field's value as QuickFIX/J writes it. */
    private static StringBuilder appendValue(StringBuilder text, Field<?> field) {
        Object value = field.getObject();
        if (value instanceof String string) {
            return text.append(string);
        }
        if (value instanceof Integer number) {
            return text.append(number.intValue());
        }
        String whole = field.toString();
        return text.append(whole, whole.indexOf('=') + 1, whole.length());
    }

    private static String headerValue(Header header, int tag) {
        try {
            return header.getString(tag);
        } catch (quickfix.FieldNotFound e) {
            throw new IllegalStateException("the session did not set tag " + tag + " of the header", e);
        }
    }

    /**
     * The session stamps SendingTime (52) through {@link #setUtcTimeStamp}, which QuickFIX/J turns into text with a
     * {@code DateTimeFormatter} for every message: 16% of the event thread's time over three members (JFR,
     * docs/BENCHMARKS.md "FIX gateway", 2026-12-04). In milliseconds the text comes from {@link FixValues#timestamp},
     * formatted once a millisecond; the same characters.
     */
    private static final class StampedHeader extends Header {

        @Override
        public void setUtcTimeStamp(int tag, LocalDateTime value, UtcTimestampPrecision precision) {
            if (precision == UtcTimestampPrecision.MILLIS) {
                setString(tag, FixValues.timestamp(FixValues.epochMillis(value)));
            } else {
                super.setUtcTimeStamp(tag, value, precision);
            }
        }
    }
}
