package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

import java.util.Objects;

/** Operator: the maker and taker fees of a product in fen per lot, for the trades after it; a negative maker fee is a rebate. */
public record SetFees(long timestamp, String productCode, long makerPerLot, long takerPerLot) implements Command {
    public SetFees {
        Objects.requireNonNull(productCode, "productCode");
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.SET_FEES;
    }
}
