package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

import com.suanli.exchange.book.Side;

import java.util.Objects;

/**
 * A new order. Prices are ticks and quantities lots of the instrument. Business rules (ticks,
 * lots, bands, sessions) are the engine's and end in a reject event; the constructor only
 * refuses what no caller could mean (missing enums).
 *
 * @param clientOrderId the client's id, unique among the account's working orders
 * @param price the limit in ticks (LIMIT, STOP_LIMIT) or the budget in ticks x lots (BUDGET); 0 otherwise
 *        (ignored for MARKET and STOP: the engine sets their limit when they work)
 * @param displayQuantity the visible slice of an iceberg; 0 shows the whole quantity
 * @param stopPrice the trigger of STOP and STOP_LIMIT orders; 0 otherwise
 * @param protectionTicks how far beyond the best opposite price a MARKET or STOP order may trade
 * @param expireAt when a GTD order expires, epoch milliseconds; 0 otherwise
 * @param postOnly the order must not take liquidity on arrival
 */
public record PlaceOrder(long timestamp, long account, long clientOrderId, int instrumentId, Side side,
                         OrderType type, TimeInForce timeInForce, long price, long quantity, long displayQuantity,
                         long stopPrice, long protectionTicks, long expireAt, boolean postOnly) implements Command {

    public PlaceOrder {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
    }

    public static PlaceOrder limit(long timestamp, long account, long clientOrderId, int instrumentId, Side side,
                                   long price, long quantity, TimeInForce timeInForce) {
        return new PlaceOrder(timestamp, account, clientOrderId, instrumentId, side, OrderType.LIMIT, timeInForce,
                price, quantity, 0, 0, 0, 0, false);
    }

    public static PlaceOrder market(long timestamp, long account, long clientOrderId, int instrumentId, Side side,
                                    long quantity, long protectionTicks) {
        return new PlaceOrder(timestamp, account, clientOrderId, instrumentId, side, OrderType.MARKET,
                TimeInForce.IOC, 0, quantity, 0, 0, protectionTicks, 0, false);
    }

    public static PlaceOrder stop(long timestamp, long account, long clientOrderId, int instrumentId, Side side,
                                  long stopPrice, long quantity, long protectionTicks) {
        return new PlaceOrder(timestamp, account, clientOrderId, instrumentId, side, OrderType.STOP,
                TimeInForce.IOC, 0, quantity, 0, stopPrice, protectionTicks, 0, false);
    }

    public static PlaceOrder stopLimit(long timestamp, long account, long clientOrderId, int instrumentId, Side side,
                                       long stopPrice, long price, long quantity, TimeInForce timeInForce) {
        return new PlaceOrder(timestamp, account, clientOrderId, instrumentId, side, OrderType.STOP_LIMIT,
                timeInForce, price, quantity, 0, stopPrice, 0, 0, false);
    }

    /** A fill-or-kill whose whole quantity must cost at most (bid) or raise at least (ask) {@code budget}. */
    public static PlaceOrder budget(long timestamp, long account, long clientOrderId, int instrumentId, Side side,
                                    long budget, long quantity) {
        return new PlaceOrder(timestamp, account, clientOrderId, instrumentId, side, OrderType.BUDGET,
                TimeInForce.FOK, budget, quantity, 0, 0, 0, 0, false);
    }

    /** This order as an iceberg showing {@code display} lots at a time. */
    public PlaceOrder withDisplayQuantity(long display) {
        return new PlaceOrder(timestamp, account, clientOrderId, instrumentId, side, type, timeInForce, price,
                quantity, display, stopPrice, protectionTicks, expireAt, postOnly);
    }

    /** This order as good till {@code time}. */
    public PlaceOrder withExpireAt(long time) {
        return new PlaceOrder(timestamp, account, clientOrderId, instrumentId, side, type, TimeInForce.GTD, price,
                quantity, displayQuantity, stopPrice, protectionTicks, time, postOnly);
    }

    /** This order as post-only. */
    public PlaceOrder withPostOnly() {
        return new PlaceOrder(timestamp, account, clientOrderId, instrumentId, side, type, timeInForce, price,
                quantity, displayQuantity, stopPrice, protectionTicks, expireAt, true);
    }

    /** Whether the engine holds this order until its stop price is reached. */
    public boolean isStop() {
        return type == OrderType.STOP || type == OrderType.STOP_LIMIT;
    }

    @Override
    public RejectedCommand kind() {
        return RejectedCommand.PLACE_ORDER;
    }
}
