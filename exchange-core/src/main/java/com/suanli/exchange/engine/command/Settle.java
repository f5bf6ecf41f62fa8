package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Operator, end of day: settles a futures contract for {@code businessDay} at the price of the
 * settlement rule (closing window, else the mid of the engine's best bid and offer, else
 * {@code operatorPrice} from the forward curve; 0 gives none) and moves variation margin.
 */
public record Settle(long timestamp, int instrumentId, LocalDate businessDay, long operatorPrice) implements Command {
    public Settle {
        Objects.requireNonNull(businessDay, "businessDay");
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.SETTLE;
    }
}
