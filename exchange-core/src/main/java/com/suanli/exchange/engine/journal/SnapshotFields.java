package com.suanli.exchange.engine.journal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The field readers and writers the snapshot sections share (the engine's, clearing's): counts
 * that must not be negative, enum ordinals that must name a constant, days within
 * {@link LocalDate}'s range, and text kept exactly (any Java string, as its UTF-16 units). A
 * value that is not valid is refused with an {@link IllegalArgumentException} naming the field.
 */
public final class SnapshotFields {
    private SnapshotFields() {
    }

    /** A count of items that follow. */
    public static int count(DataInput in, String field) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IllegalArgumentException(field + ": count " + n + " is negative");
        }
        return n;
    }

    /** An enum constant written as its one-byte ordinal. */
    public static <E extends Enum<E>> E choice(DataInput in, E[] values, String field) throws IOException {
        int ordinal = in.readUnsignedByte();
        if (ordinal >= values.length) {
            throw new IllegalArgumentException(field + ": ordinal " + ordinal + " names no "
                    + values[0].getDeclaringClass().getSimpleName());
        }
        return values[ordinal];
    }

    public static void writeDay(DataOutput out, LocalDate day) throws IOException {
        out.writeLong(day.toEpochDay());
    }

    /** A day written as its epoch day. */
    public static LocalDate day(DataInput in, String field) throws IOException {
        long epochDay = in.readLong();
        if (epochDay < LocalDate.MIN.toEpochDay() || epochDay > LocalDate.MAX.toEpochDay()) {
            throw new IllegalArgumentException(field + ": epoch day " + epochDay + " is beyond the calendar");
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    /** Text as its length and UTF-16 units: any string round-trips exactly, whatever it holds. */
    public static void writeText(DataOutput out, String text) throws IOException {
        out.writeInt(text.length());
        out.writeChars(text);
    }

    public static String text(DataInput in, String field) throws IOException {
        int length = count(in, field);
        // Grown as read: a corrupted length ends in an EOF, not in a huge allocation.
        StringBuilder text = new StringBuilder(Math.min(length, 256));
        for (int i = 0; i < length; i++) {
            text.append(in.readChar());
        }
        return text.toString();
    }
}
