package com.suanli.exchange.engine.event;

/** What moved an instrument to a new session state. */
public enum SessionChangeCause {
    OPERATOR,
    CIRCUIT_BREAKER,
    /** The contract calendar: the last trading day ended, or the contract expired. */
    CALENDAR
}
