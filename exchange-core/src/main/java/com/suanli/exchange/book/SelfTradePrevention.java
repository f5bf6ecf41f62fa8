package com.suanli.exchange.book;

/** What happens when an aggressor would trade with a resting order of its own account group. */
public enum SelfTradePrevention {
    /** Self-trades are allowed. */
    NONE,
    /** The resting order is cancelled and matching goes on. */
    CANCEL_RESTING,
    /** The aggressor's remainder is cancelled. */
    CANCEL_AGGRESSOR,
    /** Both the resting order and the aggressor's remainder are cancelled. */
    CANCEL_BOTH
}
