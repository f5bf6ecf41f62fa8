package com.suanli.exchange.delivery;

import com.suanli.exchange.engine.event.DeliveryStatus;

import java.time.LocalDate;

/**
 * One delivery obligation as it stands: {@code providerAccount} delivers {@code units} of
 * {@code instrumentId}'s product at its hub from {@code firstDay} to {@code lastDay} to
 * {@code consumerAccount} at {@code price} ticks a unit; the units delivered and failed so far,
 * the fen paid and penalised so far, and the renewable certificates transferred with it.
 */
public record Delivery(long deliveryId, int instrumentId, long providerAccount, long consumerAccount,
                       LocalDate firstDay, LocalDate lastDay, long units, long price, boolean green,
                       DeliveryStatus status, long deliveredUnits, long failedUnits, long paid, long penalty,
                       long certificates) {

    /** Units neither delivered nor failed yet. */
    public long pendingUnits() {
        return units - deliveredUnits - failedUnits;
    }
}
