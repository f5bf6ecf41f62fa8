package com.suanli.exchange.engine.command;

/** Sets the reference price (ticks) that an instrument's price band is built around. */
public record SetReferencePrice(long timestamp, int instrumentId, long priceTicks) implements Command {
}
