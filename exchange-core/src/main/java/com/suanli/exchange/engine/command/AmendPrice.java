package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/** Moves a working order to a new limit; it loses its time priority. */
public record AmendPrice(long timestamp, long account, long orderId, long newPrice) implements Command {
    @Override
    public RejectedCommand kind() {
        return RejectedCommand.AMEND_PRICE;
    }
}
