package com.suanli.exchange.engine.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The daily settlement price of a futures contract and how it was found: the lots traded in the
 * closing window, the best bid and offer at the close (0 for an empty side). Variation margin
 * entries that follow refer to {@code settlementId}.
 */
public record SettlementPricePublished(long sequence, long timestamp, long settlementId, int instrumentId,
                                       LocalDate businessDay, long price, SettlementMethod method, long windowLots,
                                       long bestBid, long bestAsk) implements ExchangeEvent, ClearingEvent {

    static final int TAG = 37;

    public SettlementPricePublished {
        Objects.requireNonNull(businessDay, "businessDay");
        Objects.requireNonNull(method, "method");
    }

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(settlementId);
        out.putInt(instrumentId);
        out.putLong(businessDay.toEpochDay());
        out.putLong(price);
        out.putEnum(method);
        out.putLong(windowLots);
        out.putLong(bestBid);
        out.putLong(bestAsk);
    }
}
