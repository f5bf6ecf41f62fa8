package com.suanli.exchange.engine.event;

/**
 * Why a command was refused; the event's message names the field and the value. Constants are
 * only ever appended: events encode them by ordinal.
 */
public enum RejectReason {
    UNKNOWN_INSTRUMENT,
    INSTRUMENT_EXPIRED,
    SESSION_CLOSED,
    /** The session does not take this order type now (e.g. IOC, FOK or market in a call auction). */
    ORDER_TYPE_NOT_ALLOWED_IN_SESSION,
    ACCOUNT_INVALID,
    CLIENT_ORDER_ID_INVALID,
    /**
     * Not given by the engine: its prices are whole ticks by type, and a price that is not
     * positive is {@link #PRICE_NOT_POSITIVE}. Kept so that the codes after it keep their numbers.
     */
    PRICE_OFF_TICK,
    QUANTITY_NOT_POSITIVE,
    QUANTITY_OFF_LOT,
    QUANTITY_ABOVE_MAX,
    DISPLAY_QUANTITY_INVALID,
    OUTSIDE_PRICE_BAND,
    TIME_IN_FORCE_INVALID,
    EXPIRE_TIME_INVALID,
    PROTECTION_INVALID,
    BUDGET_INVALID,
    STOP_PRICE_INVALID,
    DUPLICATE_CLIENT_ORDER_ID,
    UNKNOWN_ORDER,
    NOT_OWNER,
    ORDER_NOT_AMENDABLE,
    QUANTITY_NOT_REDUCED,
    POST_ONLY_WOULD_CROSS,
    NO_LIQUIDITY_FOR_MARKET,
    QUOTE_CROSSED,
    QUOTE_EMPTY,
    QUOTE_DUPLICATE_INSTRUMENT,
    INVALID_SESSION_TRANSITION,
    REFERENCE_PRICE_INVALID,
    TIMESTAMP_BEFORE_ENGINE_TIME,
    /** Refused by the pre-trade check (risk, limits); the message is the check's. */
    PRE_TRADE_CHECK,
    /** An order for a contract before its first trading day (exchange time, Asia/Shanghai). */
    BEFORE_FIRST_TRADING_DAY,
    /** An order for a contract after its last trading day (exchange time, Asia/Shanghai). */
    AFTER_LAST_TRADING_DAY,
    /** A session opened on a day the contract does not trade (a weekend, or outside its trading period). */
    NOT_A_TRADING_DAY,
    /** A limit price (order, amendment or quote side) that is not a positive number of ticks. */
    PRICE_NOT_POSITIVE,
    /** A timestamp further ahead of the engine time than {@code EngineConfig.maxClockStepMillis} allows. */
    TIMESTAMP_TOO_FAR_AHEAD,
    /** A timestamp outside 1970-01-01T00:00Z .. 9999-12-31T23:59:59.999Z, in epoch milliseconds. */
    TIMESTAMP_OUT_OF_RANGE,
    /** A clearing command sent to an engine built without a clearing house. */
    NO_CLEARING_HOUSE,
    // The clearing house's refusals (an unknown contract there is UNKNOWN_INSTRUMENT above).
    /** A field outside its range: a non-positive id, a blank name, a tier beyond the commodity's, ... */
    FIELD_INVALID,
    /** A command's time is before the clearing house's. */
    TIMESTAMP_BEFORE_CLEARING_TIME,
    UNKNOWN_FIRM,
    DUPLICATE_FIRM,
    UNKNOWN_ACCOUNT,
    DUPLICATE_ACCOUNT,
    /** A second fee, default-fund, exchange-capital or settlement account. */
    HOUSE_ACCOUNT_EXISTS,
    /** The fee account (for a trade) or the settlement account (for a settlement) is not open. */
    HOUSE_ACCOUNT_MISSING,
    /** A house account named in a trade or an order: only members' accounts trade. */
    ACCOUNT_CANNOT_TRADE,
    /** A deposit to or withdrawal from the settlement pass-through account. */
    ACCOUNT_KIND_NOT_ALLOWED,
    /** A deposit or withdrawal of zero or less. */
    AMOUNT_NOT_POSITIVE,
    /** A withdrawal beyond the account's cash less its initial margin. */
    INSUFFICIENT_FREE_CASH,
    /** An order whose initial margin, working orders included, would exceed the account's cash. */
    INSUFFICIENT_MARGIN,
    /** A contract listed before its product's fees are set. */
    NO_FEE_RATE,
    UNKNOWN_COMMODITY,
    DUPLICATE_COMMODITY,
    DUPLICATE_INSTRUMENT,
    /** A trade or a reduction of more lots than the orders have working. */
    NOT_ENOUGH_WORKING,
    /** A position or working quantity beyond {@link com.suanli.exchange.clearing.ClearingHouse#MAX_LOTS}. */
    POSITION_LIMIT,
    /** A settlement price for a spot contract. */
    NOT_A_FUTURE,
    /** A settlement for a day on or before the contract's last settled day. */
    DAY_ALREADY_SETTLED,
    /** A thin closing window and a wide spread, and no operator price given. */
    OPERATOR_PRICE_REQUIRED,
    UNKNOWN_INDEX,
    /** An index fixing for a day on or before its last fixing. */
    DAY_ALREADY_PUBLISHED,
    /** A restatement of a day the index has no fixing for. */
    DAY_NOT_PUBLISHED,
    // Pre-trade limits and spot risk (docs/CLEARING.md, "Limits" and "Spot risk"); the message names the limit.
    /** An order or quote side larger than the account's {@code maxOrderLots}. */
    ORDER_SIZE_LIMIT,
    /** Lots in one instrument, working orders included, beyond the account's {@code maxPositionLots}. */
    INSTRUMENT_POSITION_LIMIT,
    /** Lots over all instruments, working orders included, beyond the account's {@code maxGrossLots}. */
    ACCOUNT_POSITION_LIMIT,
    /** A limit price further from the reference than the account's {@code collarBps}. */
    PRICE_COLLAR,
    /** More working orders than the account's {@code maxWorkingOrders}. */
    WORKING_ORDER_LIMIT,
    /** The initial margin of a firm's accounts beyond the firm's credit limit. */
    CREDIT_LIMIT,
    /** A spot buy that free cash, less other working spot buys and undelivered purchases, cannot pay for. */
    INSUFFICIENT_BUYING_POWER,
    /** A provider's spot sell beyond its uncommitted registered capacity at the hub for the delivery day. */
    INSUFFICIENT_CAPACITY,
    /** An expiry of a contract already expired, or a spot cut of a day on or before the last cut. */
    ALREADY_EXPIRED,
    /** An expiry of a future on or before its last trading day. */
    TRADING_NOT_ENDED,
    /** A cash-settled expiry before the index is fixed through its delivery month's last business day. */
    INDEX_MONTH_INCOMPLETE,
    /** A physical expiry of a future not settled on or after its last trading day. */
    NOT_SETTLED_FOR_DELIVERY,
    /** A physical expiry of a product and hub without delivery terms. */
    NO_DELIVERY_TERMS,
    /** An expiry of a future that still has orders working. */
    ORDERS_WORKING,
    /** A delivery report for a delivery id never scheduled. */
    UNKNOWN_DELIVERY,
    /** A delivery report for a delivery already finished. */
    DELIVERY_FINISHED,
    /** A delivery report of more units than are still pending. */
    DELIVERY_QUANTITY,
    /** A withdrawal or default-fund contribution of an account in default. */
    ACCOUNT_IN_DEFAULT
}
