package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/**
 * Cancels every working order of {@code account}, on one instrument or on all of them
 * ({@link #ALL_INSTRUMENTS}).
 */
public record MassCancel(long timestamp, long account, int instrumentId) implements Command {

    public static final int ALL_INSTRUMENTS = 0;

    public static MassCancel allInstruments(long timestamp, long account) {
        return new MassCancel(timestamp, account, ALL_INSTRUMENTS);
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.MASS_CANCEL;
    }
}
