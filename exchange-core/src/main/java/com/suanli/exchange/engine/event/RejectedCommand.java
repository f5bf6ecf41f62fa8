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
    TIME_TICK
}
