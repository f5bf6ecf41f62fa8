package com.suanli.exchange.engine.event;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The canonical encoding of events (little-endian) written into one growing byte array through little-endian views of
 * it: one aligned-or-not store a field, not a loop of byte stores. What the journal's {@link BinaryEventEncoder} and
 * a cluster member's feed of events share; each decides where in the array its events go.
 */
public abstract class ByteArrayEventEncoder implements EventEncoder {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] bytes;
    private int length;

    protected ByteArrayEventEncoder(int capacity) {
        bytes = new byte[capacity];
    }

    /** The array written into: replaced when it grows, so read it after writing. */
    protected final byte[] bytes() {
        return bytes;
    }

    /** How many bytes are written. */
    protected final int length() {
        return length;
    }

    /** Writes on from {@code at}, forgetting what stood after it. */
    protected final void rewind(int at) {
        length = at;
    }

    /** Writes {@code value} over the int at {@code at}, written before. */
    protected final void setInt(int at, int value) {
        INT.set(bytes, at, value);
    }

    @Override
    public final void putByte(int value) {
        room(1);
        bytes[length++] = (byte) value;
    }

    @Override
    public final void putInt(int value) {
        room(Integer.BYTES);
        INT.set(bytes, length, value);
        length += Integer.BYTES;
    }

    @Override
    public final void putLong(long value) {
        room(Long.BYTES);
        LONG.set(bytes, length, value);
        length += Long.BYTES;
    }

    @Override
    public final void putString(String value) {
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
