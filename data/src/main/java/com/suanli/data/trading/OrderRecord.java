package com.suanli.data.trading;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import java.util.Objects;

/**
 * An order as the engine accepted it, and where it stands now. Prices in ticks, quantities in lots,
 * times in epoch milliseconds of the commands.
 *
 * @param quote whether this is one side of a market maker's quote rather than an order entered
 * @param lastSequence the sequence of the latest event that moved the order
 */
public record OrderRecord(long orderId, long acceptedSequence, long acceptedAt, long account, long clientOrderId,
                          int instrumentId, Side side, OrderType type, TimeInForce timeInForce, long priceTicks,
                          long quantity, long displayQuantity, long stopPriceTicks, long expireAt, boolean postOnly,
                          boolean quote, OrderStatus status, long openQuantity, long filledQuantity,
                          long lastSequence) {

    public OrderRecord {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(status, "status");
        if (orderId <= 0) {
            throw new IllegalArgumentException("orderId: must be > 0, was " + orderId);
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be > 0, was " + quantity);
        }
        if (openQuantity < 0 || filledQuantity < 0 || openQuantity + filledQuantity > quantity) {
            throw new IllegalArgumentException("openQuantity: " + openQuantity + " open and " + filledQuantity
                    + " filled do not fit in quantity " + quantity);
        }
    }
}
