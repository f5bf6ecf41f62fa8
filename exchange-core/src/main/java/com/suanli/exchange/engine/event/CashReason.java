package com.suanli.exchange.engine.event;

/**
 * Why cash moved: the reason of every ledger entry. Constants are only ever appended (their
 * ordinal is the wire form).
 */
public enum CashReason {
    /** Cash in from outside the exchange; reference: the operator's deposit reference. */
    DEPOSIT,
    /** Cash out of the exchange; reference: the operator's withdrawal reference. */
    WITHDRAWAL,
    /** A trading fee to the fee account; reference: the trade id. */
    FEE,
    /** A maker's rebate from the fee account; reference: the trade id. */
    REBATE,
    /** Daily mark to the settlement price through the settlement account; reference: the settlement id. */
    VARIATION_MARGIN,
    /** The last mark of an expiring contract (or a spot day) to its final price; reference: the expiry's settlement id. */
    SETTLEMENT,
    /** A consumer pays a provider for delivered capacity; reference: the delivery id. */
    DELIVERY_PAYMENT,
    /** A provider pays a consumer for capacity it failed to deliver; reference: the delivery id. */
    PENALTY,
    /** A defaulter's loss met by the waterfall; reference: the default id. */
    DEFAULT_LOSS,
    /** A member's contribution to the default fund; reference: the operator's reference. */
    DEFAULT_FUND_CONTRIBUTION,
    /** A policy holder pays its insurer the premium; reference: the policy id. */
    INSURANCE_PREMIUM,
    /** An insurer pays a policy holder's claim; reference: the policy id. */
    INSURANCE_CLAIM
}
