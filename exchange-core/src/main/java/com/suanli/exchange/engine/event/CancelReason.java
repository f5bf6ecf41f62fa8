package com.suanli.exchange.engine.event;

/** Why an accepted order (or its remainder) left without trading. */
public enum CancelReason {
    /** Cancelled by its owner, or reduced to nothing. */
    USER,
    MASS_CANCEL,
    /** The unfilled remainder of an IOC or market order. */
    IOC_REMAINDER,
    /** A fill-or-kill (or budget) order that could not fill whole on arrival. */
    FOK_UNFILLED,
    /** Self-trade prevention removed it. */
    SELF_TRADE,
    /** A GTD order reached its expiry time. */
    EXPIRED_GTD,
    /** A DAY order at the session close. */
    EXPIRED_DAY,
    /** The instrument expired. */
    INSTRUMENT_EXPIRED,
    /** A market maker's quote side replaced by a new quote. */
    QUOTE_REPLACED,
    /** An immediate order stopped by the volatility circuit breaker. */
    CIRCUIT_BREAKER,
    /** A triggered stop found no opposite side to trade against. */
    NO_LIQUIDITY,
    /** A triggered stop refused by the pre-trade check run again when it triggered. */
    PRE_TRADE_CHECK,
    /** The account was declared in default: the exchange cancels its orders before closing its positions. */
    DEFAULT
}
