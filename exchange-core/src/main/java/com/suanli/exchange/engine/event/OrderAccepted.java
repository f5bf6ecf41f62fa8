package com.suanli.exchange.engine.event;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;

/**
 * An order passed validation and the pre-trade check; {@code orderId} is the exchange's id for
 * all later commands and events. For a market order {@code price} is the protected limit it
 * was converted to.
 */
public record OrderAccepted(long sequence, long timestamp, long orderId, long account, long clientOrderId,
                            int instrumentId, Side side, OrderType type, TimeInForce timeInForce, long price,
                            long quantity, long displayQuantity, long stopPrice, long expireAt, boolean postOnly)
        implements ExchangeEvent {

    static final int TAG = 1;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(orderId);
        out.putLong(account);
        out.putLong(clientOrderId);
        out.putInt(instrumentId);
        out.putEnum(side);
        out.putEnum(type);
        out.putEnum(timeInForce);
        out.putLong(price);
        out.putLong(quantity);
        out.putLong(displayQuantity);
        out.putLong(stopPrice);
        out.putLong(expireAt);
        out.putBoolean(postOnly);
    }
}
