package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

import java.util.Objects;

/** Replaces {@code account}'s quote on one instrument, atomically: a bad side rejects the whole quote. */
public record Quote(long timestamp, long account, QuoteSides sides) implements Command {

    public Quote {
        Objects.requireNonNull(sides, "sides");
    }

    public static Quote of(long timestamp, long account, int instrumentId, long bidPrice, long bidQuantity,
                           long askPrice, long askQuantity) {
        return new Quote(timestamp, account, new QuoteSides(instrumentId, bidPrice, bidQuantity, askPrice, askQuantity));
    }

    @Override
    public int instrumentId() {
        return sides.instrumentId();
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.QUOTE;
    }
}
