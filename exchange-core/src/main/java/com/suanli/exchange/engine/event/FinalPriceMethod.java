package com.suanli.exchange.engine.event;

/** How the final price of an expiring contract, or of a day's spot deliveries, was found. Only ever appended. */
public enum FinalPriceMethod {
    /** A cash-settled future: the average of the daily spot index over the business days of its delivery month. */
    INDEX_MONTH_AVERAGE,
    /** A physically delivered future: its last daily settlement price. */
    LAST_SETTLEMENT,
    /** A spot contract's day: the volume-weighted price of its trades since the previous cut. */
    SPOT_DAY_VWAP
}
