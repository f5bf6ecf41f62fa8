package com.suanli.exchange.engine.command;

/** What an order asks for. */
public enum OrderType {
    /** Trades at its limit price or better. */
    LIMIT,
    /** Trades at the best opposite price within a protection of a few ticks; never rests. */
    MARKET,
    /** Held by the engine until the last trade price reaches its stop price, then a market order. */
    STOP,
    /** Held until the last trade price reaches its stop price, then a limit order. */
    STOP_LIMIT,
    /** Fill-or-kill where the price field is a budget for the whole quantity, not a limit. */
    BUDGET
}
