package com.suanli.exchange.engine.event;

/**
 * The canonical encoding of events: each event writes a one-byte type tag, then its fields in
 * declaration order. Enums are written as their ordinal (enum constants are only ever appended),
 * strings as UTF-8 with an int length. The same event always gives the same bytes.
 */
public interface EventEncoder {

    void putByte(int value);

    void putInt(int value);

    void putLong(long value);

    void putString(String value);

    default void putBoolean(boolean value) {
        putByte(value ? 1 : 0);
    }

    /** An enum constant as its ordinal; {@code null} as 255. */
    default void putEnum(Enum<?> value) {
        putByte(value == null ? 0xFF : value.ordinal());
    }
}
