package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/**
 * Risk officer: the most initial margin, in fen, the accounts of firm {@code firmId} may need
 * between them; 0 means no limit.
 */
public record SetCreditLimit(long timestamp, long firmId, long creditLimit) implements Command {
    @Override
    public RejectedCommand kind() {
        return RejectedCommand.SET_CREDIT_LIMIT;
    }
}
