package com.suanli.exchange.engine.command;

/** How long an order may work. */
public enum TimeInForce {
    /** Good till cancelled. */
    GTC,
    /** Good till a time given with the order ({@code expireAt}). */
    GTD,
    /** Good for the trading session: expired when the instrument closes. */
    DAY,
    /** Immediate or cancel: the unfilled remainder is cancelled. */
    IOC,
    /** Fill or kill: fills whole on arrival or not at all. */
    FOK;

    /** Whether an unfilled remainder of such an order stays in the book. */
    public boolean rests() {
        return this == GTC || this == GTD || this == DAY;
    }
}
