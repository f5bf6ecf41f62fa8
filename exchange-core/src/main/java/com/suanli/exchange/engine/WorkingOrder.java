package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;

/**
 * A snapshot of one working order, for queries.
 *
 * @param price the limit in ticks (0 for a held stop market order)
 * @param openQuantity lots still open, hidden iceberg reserve included
 * @param held a stop order waiting for its trigger
 */
public record WorkingOrder(long orderId, long account, long clientOrderId, int instrumentId, Side side,
                           OrderType type, TimeInForce timeInForce, long price, long openQuantity, long stopPrice,
                           long expireAt, boolean held, boolean quoteSide) {
}
