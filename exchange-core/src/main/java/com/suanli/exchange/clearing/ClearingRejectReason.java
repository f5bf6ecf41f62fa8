package com.suanli.exchange.clearing;

/** Why the clearing house refused a command; the message names the field and the value. */
public enum ClearingRejectReason {
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
    UNKNOWN_INSTRUMENT,
    DUPLICATE_INSTRUMENT,
    /** A trade or a reduction of more lots than the orders have working. */
    NOT_ENOUGH_WORKING,
    /** A position or working quantity beyond {@link ClearingHouse#MAX_LOTS}. */
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
    DAY_NOT_PUBLISHED
}
