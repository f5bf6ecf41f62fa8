package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

import java.util.Objects;

/** An operator's action on one instrument's session. */
public record SessionCommand(long timestamp, int instrumentId, SessionAction action) implements Command {

    public SessionCommand {
        Objects.requireNonNull(action, "action");
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.SESSION;
    }
}
