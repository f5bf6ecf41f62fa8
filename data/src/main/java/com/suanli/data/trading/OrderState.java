package com.suanli.data.trading;

import java.util.Objects;

/**
 * One step in an order's life: the event at {@code sequence} left it so.
 *
 * @param reason what moved it: ACCEPTED, RESTED, TRIGGERED, AMENDED, TRADED, or the engine's cancel reason
 */
public record OrderState(long orderId, long sequence, long at, OrderStatus status, long priceTicks, long openQuantity,
                         long filledQuantity, String reason) {

    public OrderState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
