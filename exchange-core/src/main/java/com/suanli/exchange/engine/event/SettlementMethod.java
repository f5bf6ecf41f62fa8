package com.suanli.exchange.engine.event;

/** How a daily settlement price was found; published with the price. Only ever appended. */
public enum SettlementMethod {
    /** The volume-weighted price of the closing window, which had enough lots. */
    CLOSING_WINDOW_VWAP,
    /** The mid of the best bid and offer at the close, whose spread was tight enough. */
    BEST_BID_OFFER_MID,
    /** A price the operator supplied (from the forward curve): the window was thin and the spread wide. */
    OPERATOR
}
