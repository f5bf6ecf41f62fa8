package com.suanli.exchange.engine.command;

/** Lowers a working order's open quantity to {@code newQuantity}; it keeps its time priority. */
public record AmendQuantity(long timestamp, long account, long orderId, long newQuantity) implements Command {
}
