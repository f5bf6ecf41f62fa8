package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/** Operator: {@code amount} fen paid out of {@code account}, at most its free cash. */
public record Withdraw(long timestamp, long account, long amount, long reference) implements Command {
    @Override
    public RejectedCommand kind() {
        return RejectedCommand.WITHDRAW;
    }
}
