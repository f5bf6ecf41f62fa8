package com.suanli.exchange.engine.command;

/** What an operator does to an instrument's trading session. */
public enum SessionAction {
    /** CLOSED to PRE_OPEN: orders rest without matching until the uncross. */
    OPEN_AUCTION,
    /** Uncross any auction and trade continuously. */
    OPEN_CONTINUOUS,
    /** Stop matching; orders rest as in an auction. */
    HALT,
    /** Uncross the halt's auction and trade continuously again. */
    RESUME,
    /** End the session: DAY orders expire. */
    CLOSE,
    /** End the instrument's life: every working order is cancelled. */
    EXPIRE
}
