package com.suanli.exchange.engine.event;

/** Which kind of command a reject answers. */
public enum RejectedCommand {
    PLACE_ORDER,
    AMEND_PRICE,
    AMEND_QUANTITY,
    CANCEL_ORDER,
    MASS_CANCEL,
    QUOTE,
    MASS_QUOTE,
    SESSION,
    REFERENCE_PRICE,
    TIME_TICK,
    REGISTER_FIRM,
    OPEN_ACCOUNT,
    DEPOSIT,
    WITHDRAW,
    SET_FEES,
    LOAD_RISK_ARRAY,
    SETTLE,
    PUBLISH_INDEX,
    SET_ACCOUNT_LIMITS,
    SET_CREDIT_LIMIT,
    REGISTER_CAPACITY,
    EXPIRE,
    REPORT_DELIVERY,
    SET_DELIVERY_TERMS,
    CONTRIBUTE_DEFAULT_FUND,
    WRITE_POLICY,
    REPORT_OUTAGE
}
