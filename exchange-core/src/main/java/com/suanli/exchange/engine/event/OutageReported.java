package com.suanli.exchange.engine.event;

import com.suanli.exchange.listing.Hub;

import java.util.Objects;

/**
 * A monitored outage at a hub was reported: {@code unitsOffline} of the hub's {@code hubUnits}
 * (GPUs) of {@code productCode} down from {@code start} to {@code end} (epoch milliseconds), the
 * lost GPU-hours valued at {@code unitPrice} ticks (the hub's latest index). The claims it pays
 * follow it, each naming {@code outageId}.
 */
public record OutageReported(long sequence, long timestamp, long outageId, String productCode, Hub hub, long start,
                             long end, long unitsOffline, long hubUnits, long unitPrice)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 49;

    public OutageReported {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
    }

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(outageId);
        out.putString(productCode);
        out.putEnum(hub);
        out.putLong(start);
        out.putLong(end);
        out.putLong(unitsOffline);
        out.putLong(hubUnits);
        out.putLong(unitPrice);
    }
}
