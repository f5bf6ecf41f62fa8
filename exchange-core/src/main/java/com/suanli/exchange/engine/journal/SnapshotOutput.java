package com.suanli.exchange.engine.journal;

import java.io.DataOutput;
import java.io.UTFDataFormatException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A snapshot section being written, big-endian, laid out exactly as {@link java.io.DataOutputStream}
 * would lay it out: into a growing byte array, or through a buffer of one piece's size handed to
 * {@link Pieces} each time it fills (a snapshot streamed where it goes, never whole in memory: a
 * member's scheduled snapshot is hundreds of megabytes). It exists for speed: a
 * {@code DataOutputStream} over a {@code ByteArrayOutputStream} takes a lock and copies for every
 * field, which was most of the time a snapshot of 100,000 orders and 10,000 accounts took to
 * write (docs/BENCHMARKS.md, "Snapshot with clearing"). Not thread-safe; writing fails only where
 * the pieces' consumer throws.
 */
public final class SnapshotOutput implements DataOutput {

    /** Takes the bytes of a streamed output as they are written, in order. */
    @FunctionalInterface
    public interface Pieces {
        /** The next {@code length} bytes; they are overwritten once this returns. */
        void accept(byte[] bytes, int offset, int length);
    }

    private ByteBuffer bytes;
    /** Where full buffers go; null for an output that grows instead. */
    private final Pieces pieces;
    /** Bytes handed to {@link #pieces} so far. */
    private long handed;

    /** @param capacity the bytes reserved at first; it grows as needed */
    public SnapshotOutput(int capacity) {
        bytes = ByteBuffer.allocate(Math.max(capacity, 16));
        pieces = null;
    }

    /**
     * An output that hands its bytes to {@code pieces} whenever {@code piece} bytes are buffered (a field
     * longer than that, or a longer {@code write}, goes as a longer piece), and the rest at {@link #flush}.
     */
    public SnapshotOutput(int piece, Pieces pieces) {
        bytes = ByteBuffer.allocate(Math.max(piece, 16));
        this.pieces = Objects.requireNonNull(pieces, "pieces");
    }

    /**
     * The bytes written so far.
     * @throws IllegalStateException past {@link Integer#MAX_VALUE} bytes: see {@link #written}
     */
    public int size() {
        return Math.toIntExact(written());
    }

    /** The bytes written so far, those already handed on included. */
    public long written() {
        return handed + bytes.position();
    }

    /** Hands what is buffered to the pieces' consumer (nothing for an output that grows). */
    public void flush() {
        if (pieces != null && bytes.position() > 0) {
            pieces.accept(bytes.array(), 0, bytes.position());
            handed += bytes.position();
            bytes.clear();
        }
    }

    /** Forgets what was written, keeping the room. */
    public void reset() {
        bytes.clear();
        handed = 0;
    }

    /** A copy of the bytes written. @throws IllegalStateException for a streamed output, which keeps none */
    public byte[] toByteArray() {
        if (pieces != null) {
            throw new IllegalStateException("a streamed snapshot output keeps no bytes");
        }
        return Arrays.copyOf(bytes.array(), bytes.position());
    }

    private ByteBuffer room(int more) {
        if (bytes.remaining() >= more) {
            return bytes;
        }
        if (pieces != null) {
            flush();
            if (bytes.capacity() < more) {
                bytes = ByteBuffer.allocate(more); // a field longer than a piece: rare (long text)
            }
            return bytes;
        }
        long needed = (long) bytes.position() + more;
        if (needed > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("snapshot: a section of " + needed + " bytes is beyond an array");
        }
        int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * bytes.capacity()));
        bytes = ByteBuffer.allocate(grown).put(bytes.flip());
        return bytes;
    }

    @Override
    public void write(int b) {
        room(1).put((byte) b);
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (pieces != null && len > bytes.remaining()) {
            flush();
            if (len > bytes.capacity()) {
                pieces.accept(b, off, len);
                handed += len;
                return;
            }
        }
        room(len).put(b, off, len);
    }

    @Override
    public void writeBoolean(boolean v) {
        write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) {
        write(v);
    }

    @Override
    public void writeShort(int v) {
        room(2).putShort((short) v);
    }

    @Override
    public void writeChar(int v) {
        room(2).putChar((char) v);
    }

    @Override
    public void writeInt(int v) {
        room(4).putInt(v);
    }

    @Override
    public void writeLong(long v) {
        room(8).putLong(v);
    }

    @Override
    public void writeFloat(float v) {
        room(4).putInt(Float.floatToIntBits(v)); // as the stream: one NaN for all
    }

    @Override
    public void writeDouble(double v) {
        room(8).putLong(Double.doubleToLongBits(v));
    }

    @Override
    public void writeBytes(String s) {
        ByteBuffer target = room(s.length());
        for (int i = 0; i < s.length(); i++) {
            target.put((byte) s.charAt(i));
        }
    }

    @Override
    public void writeChars(String s) {
        ByteBuffer target = room(2 * s.length());
        for (int i = 0; i < s.length(); i++) {
            target.putChar(s.charAt(i));
        }
    }

    /** Modified UTF-8 with a 2-byte length, as {@link java.io.DataOutputStream#writeUTF}. */
    @Override
    public void writeUTF(String s) throws UTFDataFormatException {
        int length = utfLength(s);
        if (length > 0xFFFF) {
            throw new UTFDataFormatException("encoded string too long: " + length + " bytes");
        }
        ByteBuffer target = room(2 + length);
        target.putShort((short) length);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                target.put((byte) c);
            } else if (c <= 0x07FF) {
                target.put((byte) (0xC0 | c >> 6)).put((byte) (0x80 | c & 0x3F));
            } else {
                target.put((byte) (0xE0 | c >> 12)).put((byte) (0x80 | c >> 6 & 0x3F)).put((byte) (0x80 | c & 0x3F));
            }
        }
    }

    /** The bytes of {@code s} in modified UTF-8, its 2-byte length not counted. */
    static int utfLength(String s) {
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            length += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
        }
        return length;
    }
}
