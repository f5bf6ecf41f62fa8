package com.suanli.desk.ui.trading;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.listing.ContractSpec;
import java.util.Objects;

/**
 * One of the trader's orders as the blotter shows it.
 *
 * @param account the account it trades for: one of those the signed-in user trades
 * @param price the limit in ticks (a market order's protected limit; 0 for a held stop market)
 * @param stopPrice the trigger in ticks of a stop; 0 otherwise
 * @param openQuantity lots still open
 * @param filledQuantity lots traded so far
 * @param quoteSide whether it is one side of the trader's two-sided quote
 * @param cancelReason for a cancelled order, the exchange's reason (a code: the view words it in the user's
 *     language); null otherwise
 */
public record OwnOrder(long orderId, long account, long clientOrderId, ContractSpec contract, Side side, OrderType type,
                       TimeInForce timeInForce, long price, long stopPrice, long quantity, long openQuantity,
                       long filledQuantity, boolean quoteSide, OrderStatus status, CancelReason cancelReason) {

    public OwnOrder {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(status, "status");
    }

    OwnOrder filled(long lots, long stillOpen) {
        return new OwnOrder(orderId, account, clientOrderId, contract, side, type, timeInForce, price, stopPrice, quantity,
                stillOpen, filledQuantity + lots, quoteSide, stillOpen == 0 ? OrderStatus.FILLED : status,
                cancelReason);
    }

    OwnOrder amended(long newPrice, long newOpen) {
        return new OwnOrder(orderId, account, clientOrderId, contract, side, type, timeInForce, newPrice, stopPrice, quantity,
                newOpen, filledQuantity, quoteSide, status, cancelReason);
    }

    OwnOrder working(long workingPrice) {
        return new OwnOrder(orderId, account, clientOrderId, contract, side, type, timeInForce, workingPrice, stopPrice,
                quantity, openQuantity, filledQuantity, quoteSide, OrderStatus.WORKING, cancelReason);
    }

    OwnOrder cancelled(CancelReason reason) {
        return new OwnOrder(orderId, account, clientOrderId, contract, side, type, timeInForce, price, stopPrice, quantity, 0,
                filledQuantity, quoteSide, OrderStatus.CANCELLED, reason);
    }
}
