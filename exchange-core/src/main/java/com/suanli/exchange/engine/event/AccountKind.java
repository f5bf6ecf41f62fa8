package com.suanli.exchange.engine.event;

/**
 * What an account is for. The first four are members' accounts, which trade and hold positions;
 * the last four are the exchange's own, one of each, which never trade. Constants are only ever
 * appended (their ordinal is the wire form).
 */
public enum AccountKind {
    TRADER,
    MARKET_MAKER,
    COMPUTE_PROVIDER,
    COMPUTE_CONSUMER,
    /** Collects trading fees and pays makers' rebates. */
    FEE,
    /** The mutualised default fund. */
    DEFAULT_FUND,
    /** The exchange's own capital (its skin in the game in the default waterfall). */
    EXCHANGE_CAPITAL,
    /**
     * The clearing house's pass-through for variation margin: it collects from the accounts that
     * lost and pays the accounts that gained, and holds nothing once a settlement is done.
     */
    SETTLEMENT;

    /** Whether an account of this kind may trade and hold positions. */
    public boolean trades() {
        return ordinal() <= COMPUTE_CONSUMER.ordinal();
    }
}
