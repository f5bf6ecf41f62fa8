package com.suanli.exchange.engine.journal;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A snapshot section being read: a byte array (or a part of one), big-endian, read as
 * {@link java.io.DataInputStream} reads what {@code DataOutputStream} wrote. It exists for speed:
 * a {@code DataInputStream} over a {@code ByteArrayInputStream} takes a lock and copies for every
 * field (docs/BENCHMARKS.md, "Snapshot with clearing"). Reading past the end throws
 * {@link EOFException}, as a stream does; {@link #part} reads a length-delimited part in place.
 */
public final class SnapshotInput implements DataInput {
    private final ByteBuffer bytes;

    /** Reads {@code bytes} from the first to the last. */
    public SnapshotInput(byte[] bytes) {
        this(ByteBuffer.wrap(bytes));
    }

    private SnapshotInput(ByteBuffer bytes) {
        this.bytes = bytes;
    }

    /** The bytes not yet read. */
    public int remaining() {
        return bytes.remaining();
    }

    /**
     * The next {@code length} bytes as an input of their own, without copying them; this input
     * moves past them.
     * @throws EOFException when fewer remain
     */
    public SnapshotInput part(int length) throws EOFException {
        SnapshotInput part = new SnapshotInput(bytes.slice(bytes.position(), need(length)));
        bytes.position(bytes.position() + length);
        return part;
    }

    private int need(int length) throws EOFException {
        if (length < 0 || bytes.remaining() < length) {
            throw new EOFException(length + " bytes wanted where " + bytes.remaining() + " remain");
        }
        return length;
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        bytes.get(b, off, need(len));
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, bytes.remaining()));
        bytes.position(bytes.position() + skipped);
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        need(1);
        return bytes.get();
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return readByte() & 0xFF;
    }

    @Override
    public short readShort() throws IOException {
        need(2);
        return bytes.getShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xFFFF;
    }

    @Override
    public char readChar() throws IOException {
        need(2);
        return bytes.getChar();
    }

    @Override
    public int readInt() throws IOException {
        need(4);
        return bytes.getInt();
    }

    @Override
    public long readLong() throws IOException {
        need(8);
        return bytes.getLong();
    }

    @Override
    public float readFloat() throws IOException {
        need(4);
        return bytes.getFloat();
    }

    @Override
    public double readDouble() throws IOException {
        need(8);
        return bytes.getDouble();
    }

    /** A snapshot holds no lines: its text is counted ({@link SnapshotFields#text}) or modified UTF-8. */
    @Override
    public String readLine() {
        throw new UnsupportedOperationException("a snapshot holds no lines of text");
    }

    @Override
    public String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }
}
