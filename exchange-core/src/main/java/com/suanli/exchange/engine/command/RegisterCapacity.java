package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.Hub;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Operator: compute provider {@code account} can deliver {@code units} (GPU-hours) of the product
 * at {@code hub} on {@code deliveryDay}, replacing what it registered for that day before. Its spot
 * sells for that day may commit no more (docs/CLEARING.md, "Spot risk").
 */
public record RegisterCapacity(long timestamp, long account, String productCode, Hub hub, LocalDate deliveryDay,
                               long units) implements Command {
    public RegisterCapacity {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(deliveryDay, "deliveryDay");
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.REGISTER_CAPACITY;
    }
}
