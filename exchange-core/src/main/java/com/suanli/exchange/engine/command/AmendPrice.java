package com.suanli.exchange.engine.command;

/** Moves a working order to a new limit; it loses its time priority. */
public record AmendPrice(long timestamp, long account, long orderId, long newPrice) implements Command {
}
