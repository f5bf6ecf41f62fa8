package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/**
 * Risk officer: an account's pre-trade limits, replacing its previous ones; 0 in a field means
 * no limit there (docs/CLEARING.md, "Limits"). They bind the orders after it; what already works
 * or is held stays.
 */
public record SetAccountLimits(long timestamp, long account, long maxOrderLots, long maxPositionLots,
                               long maxGrossLots, long maxWorkingOrders, long collarBps) implements Command {
    @Override
    public RejectedCommand kind() {
        return RejectedCommand.SET_ACCOUNT_LIMITS;
    }
}
