package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/** Lets time pass with nothing else happening: GTD orders expire and finished bars close. */
public record TimeTick(long timestamp) implements Command {
    @Override
    public RejectedCommand kind() {
        return RejectedCommand.TIME_TICK;
    }
}
