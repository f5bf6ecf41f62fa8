package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;

import java.util.Comparator;

/**
 * The engine's record of one working order, mutable and owned by the sequencer: from
 * acceptance until it is filled, cancelled or expired. The book keeps its own queue entry;
 * this keeps what the book does not know (client id, type, time in force, stop, expiry).
 * Finished orders go back to the engine's pool and are {@link #init initialised} again for a
 * later order, so placing allocates nothing in steady state.
 */
final class Order {
    static final Comparator<Order> BY_EXPIRY = Comparator.<Order>comparingLong(o -> o.expireAt)
            .thenComparingLong(o -> o.id);

    long id;
    long account;
    long clientOrderId;
    long stpGroup;
    Instrument instrument;
    Side side;
    OrderType type;
    TimeInForce timeInForce;
    long stopPrice;
    long protectionTicks;
    long expireAt;
    long displayQuantity;
    boolean postOnly;
    boolean quoteSide;
    /** The limit in ticks (the budget for BUDGET orders); set when a market or stop order starts working. */
    long price;
    /** Open quantity, hidden iceberg reserve included. */
    long open;
    /** A stop order not yet triggered. */
    boolean held;
    /** Rested in a call auction: the book holds it without a self-trade mode. */
    boolean restedWithoutStp;
    /** Neighbours among the working orders of the same instrument ({@link InstrumentOrders}). */
    Order previousOnInstrument;
    Order nextOnInstrument;
    /**
     * The clearing house's handle of the account's position in the instrument, kept from the
     * order's acceptance for its fills and reductions (-1: none; {@link ClearingFeed}). A cache,
     * not state: the house checks it and finds the position itself when it does not fit, so
     * neither the snapshot nor the state hash carries it.
     */
    int clearingPosition = -1;

    Order init(long id, long account, long clientOrderId, long stpGroup, Instrument instrument, Side side,
               OrderType type, TimeInForce timeInForce, long price, long quantity, long displayQuantity,
               long stopPrice, long protectionTicks, long expireAt, boolean postOnly, boolean quoteSide) {
        this.id = id;
        this.account = account;
        this.clientOrderId = clientOrderId;
        this.stpGroup = stpGroup;
        this.instrument = instrument;
        this.side = side;
        this.type = type;
        this.timeInForce = timeInForce;
        this.price = price;
        this.open = quantity;
        this.displayQuantity = displayQuantity;
        this.stopPrice = stopPrice;
        this.protectionTicks = protectionTicks;
        this.expireAt = expireAt;
        this.postOnly = postOnly;
        this.quoteSide = quoteSide;
        this.held = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
        this.restedWithoutStp = false;
        this.clearingPosition = -1;
        return this;
    }

    /** How the book should treat the order when it starts working. */
    OrderKind bookKind() {
        if (type == OrderType.BUDGET) {
            return OrderKind.FOK_BUDGET;
        }
        if (postOnly) {
            return OrderKind.POST_ONLY;
        }
        if (timeInForce == TimeInForce.FOK) {
            return OrderKind.FOK;
        }
        return timeInForce.rests() ? OrderKind.LIMIT : OrderKind.IOC;
    }

    long stateHash() {
        long h = StateHash.mix(id, account);
        h = StateHash.mix(h, clientOrderId);
        h = StateHash.mix(h, instrument.spec.instrumentId());
        h = StateHash.mix(h, side.ordinal() * 64L + type.ordinal() * 8L + timeInForce.ordinal());
        h = StateHash.mix(h, price);
        h = StateHash.mix(h, open);
        h = StateHash.mix(h, displayQuantity);
        h = StateHash.mix(h, stopPrice);
        h = StateHash.mix(h, expireAt);
        return StateHash.mix(h, (postOnly ? 1 : 0) + (quoteSide ? 2 : 0) + (held ? 4 : 0));
    }
}
