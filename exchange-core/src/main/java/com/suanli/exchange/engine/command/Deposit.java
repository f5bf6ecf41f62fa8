package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/** Operator: {@code amount} fen paid in to {@code account}; {@code reference} is the bank transfer's number. */
public record Deposit(long timestamp, long account, long amount, long reference) implements Command {
    @Override
    public RejectedCommand kind() {
        return RejectedCommand.DEPOSIT;
    }
}
