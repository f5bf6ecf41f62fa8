package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

import java.util.Objects;

/** Operator: a clearing firm joins the exchange; its accounts open under it ({@link OpenAccount}). */
public record RegisterFirm(long timestamp, long firmId, String name) implements Command {
    public RegisterFirm {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.REGISTER_FIRM;
    }
}
