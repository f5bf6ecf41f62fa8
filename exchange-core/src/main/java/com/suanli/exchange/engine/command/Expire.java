package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Operator: expires a futures contract on {@code day} (after its last trading day) at its final
 * price, closing every position and, for a physically delivered one, scheduling the deliveries;
 * or, for a spot contract, cuts the positions of trade day {@code day} into deliveries on the day
 * after (docs/CLEARING.md, "Expiry and final settlement", "Delivery").
 */
public record Expire(long timestamp, int instrumentId, LocalDate day) implements Command {
    public Expire {
        Objects.requireNonNull(day, "day");
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.EXPIRE;
    }
}
