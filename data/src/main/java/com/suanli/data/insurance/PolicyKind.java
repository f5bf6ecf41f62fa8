package com.suanli.data.insurance;

/** What a policy covers. */
public enum PolicyKind {
    /** Lost GPU-hours from outages at a hub (the batch trade type {@code outageCover}). */
    OUTAGE_COVER,
    /** The daily index above a strike (the batch trade type {@code spikeCap}). */
    PRICE_SPIKE_COVER
}
