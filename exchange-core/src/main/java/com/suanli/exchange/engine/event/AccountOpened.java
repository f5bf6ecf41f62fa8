package com.suanli.exchange.engine.event;

import java.util.Objects;

/** An account was opened under a firm; its cash starts at zero. */
public record AccountOpened(long sequence, long timestamp, long account, long firmId, AccountKind kind)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 33;

    public AccountOpened {
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(account);
        out.putLong(firmId);
        out.putEnum(kind);
    }
}
