package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.RejectedCommand;

import java.util.Objects;

/** Operator: opens {@code account} of {@code accountKind} under firm {@code firmId}; an order needs an open account. */
public record OpenAccount(long timestamp, long account, long firmId, AccountKind accountKind) implements Command {
    public OpenAccount {
        Objects.requireNonNull(accountKind, "accountKind");
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.OPEN_ACCOUNT;
    }
}
