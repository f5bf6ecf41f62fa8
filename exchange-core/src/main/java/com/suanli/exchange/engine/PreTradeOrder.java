package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.listing.ContractSpec;

/**
 * What a {@link PreTradeCheck} is asked about: the order, what it is for, and what it replaces,
 * so a margin check counts only the change (an amendment's or a replacing quote's quantity
 * minus the one it replaces) and never an order twice. The sequencer fills one instance and
 * hands it to every check, so checking allocates nothing: it is valid only during the call and
 * a check must not keep it.
 */
public final class PreTradeOrder {

    /** Why the check runs. */
    public enum Purpose {
        /** A new order (the quantity is all new). */
        NEW_ORDER,
        /** A price amendment of a working order: the same lots at a new price. */
        AMENDMENT,
        /** One side of a quote replacing the account's live side on that instrument, if any. */
        QUOTE_REPLACEMENT,
        /** A held stop order triggering, checked again at its working limit. */
        TRIGGERED_STOP
    }

    private Purpose purpose;
    private long orderId;
    private OrderType type;
    private long account;
    private ContractSpec contract;
    private Side side;
    private long price;
    private long budget;
    private long quantity;
    private long replacedPrice;
    private long replacedQuantity;
    private boolean otherSideQuoted;
    private long otherSideAdded;
    private long timestamp;

    PreTradeOrder set(Purpose purpose, long orderId, OrderType type, long account, ContractSpec contract, Side side,
                      long price, long quantity, long timestamp) {
        this.purpose = purpose;
        this.orderId = orderId;
        this.type = type;
        this.account = account;
        this.contract = contract;
        this.side = side;
        this.quantity = quantity;
        this.timestamp = timestamp;
        boolean isBudget = type == OrderType.BUDGET;
        this.price = isBudget ? 0 : price;
        this.budget = isBudget ? price : 0;
        this.replacedPrice = 0;
        this.replacedQuantity = 0;
        this.otherSideQuoted = false;
        this.otherSideAdded = 0;
        return this;
    }

    PreTradeOrder replacing(long price, long quantity) {
        this.replacedPrice = price;
        this.replacedQuantity = quantity;
        return this;
    }

    /** For a quote side: whether the quote also has the other side, and the lots that side adds. */
    PreTradeOrder otherSide(boolean quoted, long added) {
        this.otherSideQuoted = quoted;
        this.otherSideAdded = added;
        return this;
    }

    public Purpose purpose() {
        return purpose;
    }

    /**
     * The order's id: the id a new order gets if accepted, the amended or triggering order's id,
     * and for a quote side the id of the side it replaces (0 when there is none: the new side's
     * id is given only once the whole quote is accepted).
     */
    public long orderId() {
        return orderId;
    }

    /** The order type; a quote side is a {@code LIMIT}. */
    public OrderType type() {
        return type;
    }

    public long account() {
        return account;
    }

    public ContractSpec contract() {
        return contract;
    }

    public Side side() {
        return side;
    }

    /**
     * The limit in ticks (a market order's protected limit, a stop market's stop price when
     * entered, its protected limit when it triggers); 0 for a budget order, which has no price.
     */
    public long price() {
        return price;
    }

    /** A budget order's budget in ticks for the whole quantity; 0 for every other type. */
    public long budget() {
        return budget;
    }

    public boolean isBudget() {
        return type == OrderType.BUDGET;
    }

    /** The lots the order works after this command. */
    public long quantity() {
        return quantity;
    }

    /**
     * The price of what this replaces: the amended order's old limit, the replaced quote side's
     * price, a triggering stop's stop price; else 0.
     */
    public long replacedPrice() {
        return replacedPrice;
    }

    /**
     * The lots this replaces: the amended order's open lots, the replaced quote side's open lots,
     * a triggering stop's own open lots (working since it was entered); else 0.
     */
    public long replacedQuantity() {
        return replacedQuantity;
    }

    /** The lots added to what the account already works: {@code quantity - replacedQuantity}, possibly negative. */
    public long addedQuantity() {
        return quantity - replacedQuantity;
    }

    /**
     * For a quote side, whether the same quote has the other side too (a quote replaces both of
     * the account's sides on the instrument at once); false for every other purpose.
     */
    public boolean otherSideQuoted() {
        return otherSideQuoted;
    }

    /**
     * For a quote side, the lots the quote's other side adds at the same time: its quantity (0 when
     * not quoted) less the open lots of the side it replaces, possibly negative; 0 for every other
     * purpose. With {@link #addedQuantity()} it is the change of the quote's whole two-sided
     * exposure, which a margin or credit check judges as one.
     */
    public long otherSideAdded() {
        return otherSideAdded;
    }

    public long timestamp() {
        return timestamp;
    }
}
