package com.suanli.desk.ui.trading;

/** Where one of the trader's orders stands. */
public enum OrderStatus {
    /** A stop the exchange holds until its stop price trades. */
    HELD,
    /** Accepted and open: resting, or about to rest. */
    WORKING,
    FILLED,
    CANCELLED;

    /** Whether the order may still trade, so that it belongs on the ladder and can be cancelled. */
    public boolean isLive() {
        return this == HELD || this == WORKING;
    }
}
