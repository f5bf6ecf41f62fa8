package com.suanli.data.clearing;

import com.suanli.exchange.engine.event.CashReason;

/** Why money moved on an account. */
public enum CashKind {
    DEPOSIT,
    WITHDRAWAL,
    FEE,
    VARIATION_MARGIN,
    OPTION_PREMIUM,
    INSURANCE_PREMIUM,
    FINAL_SETTLEMENT,
    // The clearing house's reasons that V1's kinds do not name (docs/DATABASE.md, migration V4).
    REBATE,
    SETTLEMENT,
    DELIVERY_PAYMENT,
    PENALTY,
    DEFAULT_LOSS,
    DEFAULT_FUND_CONTRIBUTION,
    INSURANCE_CLAIM;

    /** The kind a clearing house's reason is booked as: the constant of the same name. */
    public static CashKind of(CashReason reason) {
        return valueOf(reason.name());
    }
}
