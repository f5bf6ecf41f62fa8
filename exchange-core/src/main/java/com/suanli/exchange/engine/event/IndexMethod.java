package com.suanli.exchange.engine.event;

/** How a day's spot index value was found; published with the value. Only ever appended. */
public enum IndexMethod {
    /** The volume-weighted price of the day's spot trades after trimming outliers. */
    TRADES,
    /** Too few trades: the previous value moved toward the quoted mid, by a capped amount. */
    QUOTES_ADJUSTED,
    /** Too few trades and no usable quote: the previous value again. */
    CARRIED_FORWARD,
    /** The operator corrected a published value (a restatement). */
    RESTATED
}
