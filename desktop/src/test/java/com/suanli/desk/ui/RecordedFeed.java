package com.suanli.desk.ui;

import com.suanli.exchange.engine.event.BinaryEventDecoder;
import com.suanli.exchange.engine.event.BinaryEventEncoder;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The events a probe recorded, held off the heap as their canonical bytes (the journal's encoding) and decoded each
 * time one is read: a fresh event for every read, as a live engine hands the desk fresh events that die young. The
 * probe's feed of three million events held as objects was some 400 MB of the old generation for the whole run,
 * which the desk never holds: G1 sized its heap, started its concurrent cycles and chose its mixed collections around
 * it. One thread at a time (the recording engine's, then the feeder's): reads share one buffer and one decoder.
 */
final class RecordedFeed extends AbstractList<ExchangeEvent> implements RandomAccess {

    /** Each chunk of direct memory holds whole events; an event longer than a chunk is refused. */
    private static final int CHUNK_BITS = 25;
    private static final int CHUNK_BYTES = 1 << CHUNK_BITS;

    private final List<ByteBuffer> chunks = new ArrayList<>();
    private final BinaryEventEncoder encoder = new BinaryEventEncoder();
    private final BinaryEventDecoder decoder = new BinaryEventDecoder();
    /** Where each event's length is written, as chunk and offset ({@link #CHUNK_BITS} bits). */
    private long[] starts = new long[1 << 16];
    private int size;
    private byte[] read = new byte[256];

    @Override
    public boolean add(ExchangeEvent event) {
        byte[] bytes = encoder.encode(Objects.requireNonNull(event, "event"));
        if (Integer.BYTES + bytes.length > CHUNK_BYTES) {
            throw new IllegalArgumentException("event: " + bytes.length + " bytes encoded, over a chunk's "
                    + CHUNK_BYTES);
        }
        if (chunks.isEmpty() || chunks.get(chunks.size() - 1).remaining() < Integer.BYTES + bytes.length) {
            chunks.add(ByteBuffer.allocateDirect(CHUNK_BYTES));
        }
        ByteBuffer chunk = chunks.get(chunks.size() - 1);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, 2 * size);
        }
        starts[size++] = ((long) (chunks.size() - 1) << CHUNK_BITS) | chunk.position();
        chunk.putInt(bytes.length).put(bytes);
        return true;
    }

    /** The {@code index}th event recorded, decoded afresh. */
    @Override
    public ExchangeEvent get(int index) {
        Objects.checkIndex(index, size);
        ByteBuffer chunk = chunks.get((int) (starts[index] >>> CHUNK_BITS));
        int at = (int) (starts[index] & (CHUNK_BYTES - 1));
        int length = chunk.getInt(at);
        if (length > read.length) {
            read = new byte[length];
        }
        chunk.get(at + Integer.BYTES, read, 0, length);
        return decoder.wrap(read, 0, length).next();
    }

    @Override
    public int size() {
        return size;
    }

    /** Bytes of direct memory held. */
    long directBytes() {
        return (long) chunks.size() * CHUNK_BYTES;
    }
}
