package com.suanli.exchange.engine.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A delivery obligation was created or its status changed: {@code providerAccount} delivers
 * {@code units} (GPU-hours, core-hours...) of {@code instrumentId}'s product at its hub from
 * {@code firstDay} to {@code lastDay} to {@code consumerAccount}, who pays {@code price} ticks a
 * unit for what is delivered. The running totals so far: units delivered and failed, fen paid
 * ({@code DELIVERY_PAYMENT}) and penalised ({@code PENALTY}), renewable certificates transferred
 * (green contracts). Ledger entries of the delivery refer to {@code deliveryId}.
 */
public record DeliveryChanged(long sequence, long timestamp, long deliveryId, int instrumentId, long providerAccount,
                              long consumerAccount, LocalDate firstDay, LocalDate lastDay, long units, long price,
                              DeliveryStatus status, long deliveredUnits, long failedUnits, long paid, long penalty,
                              long certificates) implements ExchangeEvent, ClearingEvent {

    static final int TAG = 47;

    public DeliveryChanged {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(deliveryId);
        out.putInt(instrumentId);
        out.putLong(providerAccount);
        out.putLong(consumerAccount);
        out.putLong(firstDay.toEpochDay());
        out.putLong(lastDay.toEpochDay());
        out.putLong(units);
        out.putLong(price);
        out.putEnum(status);
        out.putLong(deliveredUnits);
        out.putLong(failedUnits);
        out.putLong(paid);
        out.putLong(penalty);
        out.putLong(certificates);
    }
}
