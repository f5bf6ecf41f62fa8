package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

import java.util.List;
import java.util.Objects;

/**
 * Replaces {@code account}'s quotes on several instruments at once. All or nothing: one bad
 * side anywhere rejects the whole mass quote.
 */
public record MassQuote(long timestamp, long account, List<QuoteSides> quotes) implements Command {

    public MassQuote {
        Objects.requireNonNull(quotes, "quotes");
        quotes = List.copyOf(quotes);
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.MASS_QUOTE;
    }
}
