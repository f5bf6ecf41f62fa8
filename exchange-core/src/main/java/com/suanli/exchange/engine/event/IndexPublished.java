package com.suanli.exchange.engine.event;

import com.suanli.exchange.listing.Hub;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day's spot index value for a product and hub, in ticks of the spot contract, with how it
 * was found: the lots and trades used, the trades trimmed as outliers. {@code version} is 1 when
 * first published and counts up with each restatement of that day.
 */
public record IndexPublished(long sequence, long timestamp, String productCode, Hub hub, LocalDate day, long value,
                             IndexMethod method, long lots, int trades, int excludedTrades, int version)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 38;

    public IndexPublished {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(method, "method");
    }

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putString(productCode);
        out.putEnum(hub);
        out.putLong(day.toEpochDay());
        out.putLong(value);
        out.putEnum(method);
        out.putLong(lots);
        out.putInt(trades);
        out.putInt(excludedTrades);
        out.putInt(version);
    }
}
