package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/** Lowers a working order's open quantity to {@code newQuantity}; it keeps its time priority. */
public record AmendQuantity(long timestamp, long account, long orderId, long newQuantity) implements Command {
    @Override
    public RejectedCommand kind() {
        return RejectedCommand.AMEND_QUANTITY;
    }
}
