package com.suanli.exchange.engine.event;

/**
 * Policy {@code policyId} ended: its cover period is over (the index of its product and hub was
 * fixed for a later day). It paid {@code paid} fen of claims in all, and the insurer's collateral
 * still held for it, {@code released} fen (its limit less the claims), is free again.
 */
public record PolicyExpired(long sequence, long timestamp, long policyId, long paid, long released)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 51;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(policyId);
        out.putLong(paid);
        out.putLong(released);
    }
}
