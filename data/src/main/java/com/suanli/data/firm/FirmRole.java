package com.suanli.data.firm;

/** What a firm is to the exchange. */
public enum FirmRole {
    /** Clears its own and its clients' trades. */
    CLEARING_MEMBER,
    /** Trades, and clears through a clearing member. */
    TRADING_MEMBER,
    /** A client of a member. */
    CLIENT
}
