package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/** Sets the reference price (ticks) that an instrument's price band is built around. */
public record SetReferencePrice(long timestamp, int instrumentId, long priceTicks) implements Command {
    @Override
    public RejectedCommand kind() {
        return RejectedCommand.REFERENCE_PRICE;
    }
}
