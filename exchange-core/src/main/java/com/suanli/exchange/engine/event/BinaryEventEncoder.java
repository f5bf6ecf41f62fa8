package com.suanli.exchange.engine.event;

import java.util.Arrays;

/**
 * Writes the canonical encoding of events into a reusable byte buffer (little-endian), the
 * form a journal stores.
 */
public final class BinaryEventEncoder extends ByteArrayEventEncoder {

    public BinaryEventEncoder() {
        super(256);
    }

    /** The canonical bytes of {@code event}, a fresh array. */
    public byte[] encode(ExchangeEvent event) {
        rewind(0);
        event.encodeTo(this);
        return Arrays.copyOf(bytes(), length());
    }
}
