package com.suanli.exchange.engine.event;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the canonical encoding of events into a reusable byte buffer (little-endian), the
 * form a journal stores.
 */
public final class BinaryEventEncoder implements EventEncoder {

    private byte[] buffer = new byte[256];
    private int length;

    /** The canonical bytes of {@code event}, a fresh array. */
    public byte[] encode(ExchangeEvent event) {
        length = 0;
        event.encodeTo(this);
        return Arrays.copyOf(buffer, length);
    }

    @Override
    public void putByte(int value) {
        ensure(1);
        buffer[length++] = (byte) value;
    }

    @Override
    public void putInt(int value) {
        ensure(Integer.BYTES);
        for (int shift = 0; shift < Integer.SIZE; shift += Byte.SIZE) {
            buffer[length++] = (byte) (value >>> shift);
        }
    }

    @Override
    public void putLong(long value) {
        ensure(Long.BYTES);
        for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
            buffer[length++] = (byte) (value >>> shift);
        }
    }

    @Override
    public void putString(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        putInt(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
