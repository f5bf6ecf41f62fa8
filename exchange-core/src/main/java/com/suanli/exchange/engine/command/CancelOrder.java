package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/** Cancels one working (resting or held stop) order of {@code account}. */
public record CancelOrder(long timestamp, long account, long orderId) implements Command {
    @Override
    public RejectedCommand kind() {
        return RejectedCommand.CANCEL_ORDER;
    }
}
