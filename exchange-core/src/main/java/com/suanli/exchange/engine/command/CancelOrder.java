package com.suanli.exchange.engine.command;

/** Cancels one working (resting or held stop) order of {@code account}. */
public record CancelOrder(long timestamp, long account, long orderId) implements Command {
}
