package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.Hub;

import java.util.Objects;

/**
 * Operator: the delivery terms of a product at a hub, for the deliveries scheduled after: the
 * penalty on undelivered capacity in basis points of its value, the facility energy of one
 * delivered unit in milliwatt-hours and the hub grid's emission factor in grams CO2e per MWh
 * (computed outside the core, e.g. from the green parameters).
 */
public record SetDeliveryTerms(long timestamp, String productCode, Hub hub, int penaltyBps, long energyMilliWhPerUnit,
                               long gridGramsPerMwh) implements Command {
    public SetDeliveryTerms {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.SET_DELIVERY_TERMS;
    }
}
