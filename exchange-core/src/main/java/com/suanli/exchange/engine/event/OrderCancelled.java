package com.suanli.exchange.engine.event;

import com.suanli.exchange.book.Side;

import java.util.Objects;

/**
 * An accepted order left without trading its {@code cancelledQuantity}; it is finished.
 *
 * @param message what the reason alone cannot say, for the trader: the pre-trade check's own
 *        words when a triggered stop is refused ({@link CancelReason#PRE_TRADE_CHECK}); empty otherwise
 */
public record OrderCancelled(long sequence, long timestamp, long orderId, long account, int instrumentId, Side side,
                             long cancelledQuantity, CancelReason reason, String message) implements ExchangeEvent {

    static final int TAG = 5;

    public OrderCancelled {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(orderId);
        out.putLong(account);
        out.putInt(instrumentId);
        out.putEnum(side);
        out.putLong(cancelledQuantity);
        out.putEnum(reason);
        out.putString(message);
    }
}
