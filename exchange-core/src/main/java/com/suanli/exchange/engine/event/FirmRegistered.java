package com.suanli.exchange.engine.event;

import java.util.Objects;

/** A firm joined the exchange: it can now open accounts. */
public record FirmRegistered(long sequence, long timestamp, long firmId, String name)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 32;

    public FirmRegistered {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(firmId);
        out.putString(name);
    }
}
