package com.suanli.exchange.engine.journal;

import com.suanli.exchange.engine.command.Command;

/**
 * The layout shared by {@link CommandEncoder} and {@link CommandDecoder}: a format byte, a kind
 * byte (the command's {@link Command#kind()} ordinal), the timestamp, then the kind's fields in
 * declaration order, little-endian, fixed width. Enums are their ordinal in one byte, booleans
 * one byte 0 or 1, a mass quote an int count then its sides, a risk array an int count then
 * its losses, a string an unsigned short count of UTF-8 bytes then the bytes, a date its epoch day.
 */
final class CommandFormat {
    /** The format this code writes and the only one it reads. */
    static final int VERSION = 1;
    /** Format, kind, timestamp. */
    static final int HEADER = 1 + 1 + Long.BYTES;
    /** A quote's sides: instrument id and four longs. */
    static final int QUOTE_SIDES = Integer.BYTES + 4 * Long.BYTES;
    static final int PLACE_ORDER = HEADER + 2 * Long.BYTES + Integer.BYTES + 3 + 6 * Long.BYTES + 1;
    static final int ACCOUNT_ORDER_VALUE = HEADER + 3 * Long.BYTES;
    static final int CANCEL_ORDER = HEADER + 2 * Long.BYTES;
    static final int MASS_CANCEL = HEADER + Long.BYTES + Integer.BYTES;
    static final int QUOTE = HEADER + Long.BYTES + QUOTE_SIDES;
    static final int MASS_QUOTE_FIXED = HEADER + Long.BYTES + Integer.BYTES;
    static final int SESSION = HEADER + Integer.BYTES + 1;
    static final int REFERENCE_PRICE = HEADER + Integer.BYTES + Long.BYTES;
    static final int TIME_TICK = HEADER;
    static final int OPEN_ACCOUNT = HEADER + 2 * Long.BYTES + 1;
    static final int CASH = HEADER + 3 * Long.BYTES;
    static final int SETTLE = HEADER + Integer.BYTES + 2 * Long.BYTES;
    /** A string's length field: its UTF-8 bytes, unsigned. */
    static final int STRING_LENGTH = Short.BYTES;
    static final int MAX_STRING_BYTES = 0xFFFF;
    static final int REGISTER_FIRM_FIXED = HEADER + Long.BYTES + STRING_LENGTH;
    static final int SET_FEES_FIXED = HEADER + STRING_LENGTH + 2 * Long.BYTES;
    static final int RISK_ARRAY_FIXED = HEADER + 2 * Integer.BYTES;
    static final int PUBLISH_INDEX_FIXED = HEADER + STRING_LENGTH + 1 + Long.BYTES;
    static final int ACCOUNT_LIMITS = HEADER + 6 * Long.BYTES;
    static final int CREDIT_LIMIT = HEADER + 2 * Long.BYTES;
    static final int REGISTER_CAPACITY_FIXED = HEADER + Long.BYTES + STRING_LENGTH + 1 + 2 * Long.BYTES;
    static final int EXPIRE = HEADER + Integer.BYTES + Long.BYTES;
    static final int REPORT_DELIVERY = HEADER + 3 * Long.BYTES;
    static final int DELIVERY_TERMS_FIXED = HEADER + STRING_LENGTH + 1 + Integer.BYTES + 2 * Long.BYTES;
    static final int WRITE_POLICY_FIXED = HEADER + 2 * Long.BYTES + 1 + STRING_LENGTH + 1 + 6 * Long.BYTES;
    static final int REPORT_OUTAGE_FIXED = HEADER + STRING_LENGTH + 1 + 4 * Long.BYTES;

    private CommandFormat() {
    }
}
