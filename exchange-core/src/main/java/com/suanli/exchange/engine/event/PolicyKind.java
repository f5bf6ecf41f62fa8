package com.suanli.exchange.engine.event;

/**
 * What an insurance policy written on the exchange covers (docs/INSURANCE.md, "The contract on
 * the exchange"). Constants are only ever appended (their ordinal is the wire form).
 */
public enum PolicyKind {
    /** Pays the holder's covered GPU-hours lost to monitored outages at the hub, at the hub's index. */
    OUTAGE_COVER,
    /** Pays each covered day's index fixing above the strike (a cap on the daily index). */
    PRICE_SPIKE_CAP
}
