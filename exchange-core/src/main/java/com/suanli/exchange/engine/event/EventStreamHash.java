package com.suanli.exchange.engine.event;

import java.nio.charset.StandardCharsets;

/**
 * A 64-bit FNV-1a hash over the canonical encoding of every event received, plus a check that
 * sequences are gap-free. Two runs with equal hashes produced byte-identical event streams
 * (up to the odds of a 64-bit collision).
 */
public final class EventStreamHash implements EventSink, EventEncoder {

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long hash = OFFSET_BASIS;
    private long events;
    private long lastSequence;
    private long sequenceGaps;

    @Override
    public void onEvent(ExchangeEvent event) {
        if (event.sequence() != lastSequence + 1) {
            sequenceGaps++;
        }
        lastSequence = event.sequence();
        events++;
        event.encodeTo(this);
    }

    public long value() {
        return hash;
    }

    public long events() {
        return events;
    }

    /** How many times a sequence number was not the previous one plus one; 0 for a sound stream. */
    public long sequenceGaps() {
        return sequenceGaps;
    }

    @Override
    public void putByte(int value) {
        hash = (hash ^ (value & 0xFF)) * PRIME;
    }

    @Override
    public void putInt(int value) {
        for (int shift = 0; shift < Integer.SIZE; shift += Byte.SIZE) {
            putByte(value >>> shift);
        }
    }

    @Override
    public void putLong(long value) {
        for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
            putByte((int) (value >>> shift));
        }
    }

    @Override
    public void putString(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        putInt(bytes.length);
        for (byte b : bytes) {
            putByte(b);
        }
    }
}
