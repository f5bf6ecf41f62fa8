package com.suanli.data.clearing;

/** Why money moved on an account. */
public enum CashKind {
    DEPOSIT,
    WITHDRAWAL,
    FEE,
    VARIATION_MARGIN,
    OPTION_PREMIUM,
    INSURANCE_PREMIUM,
    FINAL_SETTLEMENT
}
