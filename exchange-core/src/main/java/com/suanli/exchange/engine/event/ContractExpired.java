package com.suanli.exchange.engine.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A contract expired (for spot: a day's positions were cut for next-day delivery) at its final
 * price: every position closed there, after a last mark whose {@code SETTLEMENT} cash entries
 * refer to {@code settlementId}. {@code openLots} is the long open interest closed;
 * {@code indexDays} and {@code carriedDays} are, for a monthly index average, the business days
 * averaged and how many of them had no fixing of their own (0 for the other methods).
 */
public record ContractExpired(long sequence, long timestamp, long settlementId, int instrumentId, LocalDate day,
                              long price, FinalPriceMethod method, long openLots, int indexDays, int carriedDays)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 46;

    public ContractExpired {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(method, "method");
    }

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(settlementId);
        out.putInt(instrumentId);
        out.putLong(day.toEpochDay());
        out.putLong(price);
        out.putEnum(method);
        out.putLong(openLots);
        out.putInt(indexDays);
        out.putInt(carriedDays);
    }
}
