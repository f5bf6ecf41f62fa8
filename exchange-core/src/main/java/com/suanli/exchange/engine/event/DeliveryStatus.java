package com.suanli.exchange.engine.event;

/** Where a delivery obligation stands. Only ever appended. */
public enum DeliveryStatus {
    /** Created at expiry (or at the spot day's cut); nothing reported yet. */
    SCHEDULED,
    /** Some units reported delivered or failed, some still to come. */
    DELIVERING,
    /** Every unit delivered. */
    DELIVERED,
    /** Finished with some units delivered and some failed. */
    PARTLY_FAILED,
    /** Finished with no unit delivered. */
    FAILED;

    /** Whether nothing more can be reported. */
    public boolean finished() {
        return this == DELIVERED || this == PARTLY_FAILED || this == FAILED;
    }
}
