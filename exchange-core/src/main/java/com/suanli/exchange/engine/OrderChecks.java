package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.ContractSpec;

import java.time.Instant;

/**
 * The stateless validation of commands against an instrument's terms and session. Each check
 * returns null when it passes, or the rejection naming the field.
 */
final class OrderChecks {
    /** The latest timestamp the engine takes: 9999-12-31T23:59:59.999Z. */
    static final long LATEST_TIMESTAMP = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

    private OrderChecks() {
    }

    /**
     * A command's time against the engine time {@code now} ({@link EventLog#NOT_STARTED} before the
     * first command): within the calendar the engine knows, not before {@code now}, and at most
     * {@code maxStepMillis} ahead of it.
     */
    static Rejection timestamp(long timestamp, long now, long maxStepMillis) {
        if (timestamp < 0 || timestamp > LATEST_TIMESTAMP) {
            return new Rejection(RejectReason.TIMESTAMP_OUT_OF_RANGE, "timestamp: " + timestamp
                    + " is outside 0.." + LATEST_TIMESTAMP + " (1970-01-01 to 9999-12-31 UTC in epoch milliseconds)");
        }
        if (timestamp < now) {
            return new Rejection(RejectReason.TIMESTAMP_BEFORE_ENGINE_TIME, "timestamp: " + timestamp
                    + " is before the engine time " + now);
        }
        // Both are in range here, so the difference cannot overflow.
        if (now != EventLog.NOT_STARTED && timestamp - now > maxStepMillis) {
            return new Rejection(RejectReason.TIMESTAMP_TOO_FAR_AHEAD, "timestamp: " + timestamp + " is "
                    + (timestamp - now) + " ms ahead of the engine time " + now + ", beyond the maximum step of "
                    + maxStepMillis + " ms");
        }
        return null;
    }

    static Rejection instrument(Instrument in, int instrumentId) {
        return in == null ? new Rejection(RejectReason.UNKNOWN_INSTRUMENT,
                "instrumentId: no listed instrument " + instrumentId) : null;
    }

    static Rejection account(long account) {
        return account <= 0 ? new Rejection(RejectReason.ACCOUNT_INVALID, "account: must be > 0, was " + account) : null;
    }

    /** Whether the contract trades at {@code timestamp}: within its trading period (exchange time). */
    static Rejection tradingPeriod(Instrument in, long timestamp) {
        if (timestamp < in.calendar.tradingStarts) {
            return new Rejection(RejectReason.BEFORE_FIRST_TRADING_DAY, "timestamp: " + TradingCalendar.dayOf(timestamp)
                    + " is before the first trading day " + in.spec.firstTradingDay() + " of " + in.spec.symbol());
        }
        if (timestamp >= in.calendar.tradingEnds) {
            return new Rejection(RejectReason.AFTER_LAST_TRADING_DAY, "timestamp: " + TradingCalendar.dayOf(timestamp)
                    + " is after the last trading day " + in.spec.lastTradingDay() + " of " + in.spec.symbol());
        }
        return null;
    }

    /** Whether the session takes new orders at all. */
    static Rejection sessionOpen(Instrument in) {
        if (in.session == SessionState.EXPIRED) {
            return new Rejection(RejectReason.INSTRUMENT_EXPIRED, "instrumentId: " + in.spec.symbol() + " has expired");
        }
        if (in.session == SessionState.CLOSED) {
            return new Rejection(RejectReason.SESSION_CLOSED, "instrumentId: " + in.spec.symbol() + " is closed");
        }
        return null;
    }

    static Rejection quantity(ContractSpec spec, String field, long quantity) {
        if (quantity <= 0) {
            return new Rejection(RejectReason.QUANTITY_NOT_POSITIVE, field + ": must be > 0 lots, was " + quantity);
        }
        if (quantity % spec.lotSize() != 0) {
            return new Rejection(RejectReason.QUANTITY_OFF_LOT, field + ": " + quantity
                    + " is not a multiple of the lot size " + spec.lotSize());
        }
        if (quantity > spec.maxOrderLots()) {
            return new Rejection(RejectReason.QUANTITY_ABOVE_MAX, field + ": " + quantity
                    + " is above the maximum order size " + spec.maxOrderLots());
        }
        return null;
    }

    /**
     * A limit price: positive ticks within today's band around the reference price (the band lies
     * within 1..{@link ContractSpec#MAX_PRICE_TICKS}, so every accepted price fits the book).
     */
    static Rejection limitPrice(Instrument in, String field, long price) {
        if (price <= 0) {
            return new Rejection(RejectReason.PRICE_NOT_POSITIVE, field + ": must be a positive number of ticks, was "
                    + price);
        }
        if (price < in.bandLow || price > in.bandHigh) {
            return new Rejection(RejectReason.OUTSIDE_PRICE_BAND, field + ": " + price + " is outside the price band "
                    + in.bandLow + ".." + in.bandHigh + " around the reference " + in.reference);
        }
        return null;
    }

    static Rejection place(PlaceOrder p, Instrument in) {
        Rejection r = instrument(in, p.instrumentId());
        if (r == null) {
            r = account(p.account());
        }
        if (r == null && p.clientOrderId() <= 0) {
            r = new Rejection(RejectReason.CLIENT_ORDER_ID_INVALID, "clientOrderId: must be > 0, was " + p.clientOrderId());
        }
        if (r == null) {
            r = tradingPeriod(in, p.timestamp());
        }
        if (r == null) {
            r = sessionOpen(in);
        }
        if (r == null) {
            r = sessionTakes(p, in.session);
        }
        if (r == null) {
            r = quantity(in.spec, "quantity", p.quantity());
        }
        if (r == null) {
            r = typeAndTimeInForce(p);
        }
        if (r == null) {
            r = display(p, in.spec);
        }
        if (r == null) {
            r = expiry(p);
        }
        if (r == null && (p.type() == OrderType.LIMIT || p.type() == OrderType.STOP_LIMIT)) {
            r = limitPrice(in, "price", p.price());
        }
        if (r == null) {
            r = stopPrice(p, in);
        }
        return r;
    }

    private static Rejection sessionTakes(PlaceOrder p, SessionState session) {
        if (!session.isCallAuction() || p.isStop()) {
            return null;
        }
        boolean rests = p.type() == OrderType.LIMIT && p.timeInForce().rests() && !p.postOnly();
        if (rests) {
            return null;
        }
        String what = p.postOnly() ? "postOnly" : p.type() == OrderType.LIMIT ? "timeInForce " + p.timeInForce()
                : "type " + p.type();
        return new Rejection(RejectReason.ORDER_TYPE_NOT_ALLOWED_IN_SESSION, what
                + ": not accepted during the " + session + " call auction, only resting limit and stop orders");
    }

    private static Rejection typeAndTimeInForce(PlaceOrder p) {
        OrderType type = p.type();
        TimeInForce tif = p.timeInForce();
        if ((type == OrderType.MARKET || type == OrderType.STOP) && tif != TimeInForce.IOC) {
            return tifInvalid("timeInForce: a " + type + " order is IOC, was " + tif);
        }
        if (type == OrderType.BUDGET && tif != TimeInForce.FOK) {
            return tifInvalid("timeInForce: a BUDGET order is FOK, was " + tif);
        }
        if (p.postOnly() && (type != OrderType.LIMIT || !tif.rests())) {
            return tifInvalid("postOnly: only a resting limit order (GTC, GTD, DAY) can be post-only, was "
                    + type + " " + tif);
        }
        if ((type == OrderType.MARKET || type == OrderType.STOP) && p.protectionTicks() <= 0) {
            return new Rejection(RejectReason.PROTECTION_INVALID, "protectionTicks: a " + type
                    + " order needs a protection > 0 ticks, was " + p.protectionTicks());
        }
        if (type == OrderType.BUDGET && p.price() <= 0) {
            return new Rejection(RejectReason.BUDGET_INVALID, "price: the budget must be > 0, was " + p.price());
        }
        return null;
    }

    private static Rejection tifInvalid(String message) {
        return new Rejection(RejectReason.TIME_IN_FORCE_INVALID, message);
    }

    private static Rejection display(PlaceOrder p, ContractSpec spec) {
        long display = p.displayQuantity();
        if (display == 0) {
            return null;
        }
        boolean icebergType = (p.type() == OrderType.LIMIT || p.type() == OrderType.STOP_LIMIT) && p.timeInForce().rests();
        if (!icebergType || display < 0 || display >= p.quantity() || display % spec.lotSize() != 0) {
            return new Rejection(RejectReason.DISPLAY_QUANTITY_INVALID, "displayQuantity: " + display
                    + " must be 0, or a positive multiple of the lot size " + spec.lotSize()
                    + " below the quantity " + p.quantity() + " of a resting limit order");
        }
        return null;
    }

    private static Rejection expiry(PlaceOrder p) {
        if (p.timeInForce() == TimeInForce.GTD && p.expireAt() <= p.timestamp()) {
            return new Rejection(RejectReason.EXPIRE_TIME_INVALID, "expireAt: " + p.expireAt()
                    + " must be after the order's time " + p.timestamp());
        }
        if (p.timeInForce() != TimeInForce.GTD && p.expireAt() != 0) {
            return new Rejection(RejectReason.EXPIRE_TIME_INVALID, "expireAt: only GTD orders expire at a time, was "
                    + p.expireAt() + " on a " + p.timeInForce() + " order");
        }
        return null;
    }

    private static Rejection stopPrice(PlaceOrder p, Instrument in) {
        if (!p.isStop()) {
            return p.stopPrice() == 0 ? null : new Rejection(RejectReason.STOP_PRICE_INVALID,
                    "stopPrice: only stop orders take a stop price, was " + p.stopPrice());
        }
        long last = in.lastOrReference();
        boolean valid = p.side() == Side.BID ? p.stopPrice() > last : p.stopPrice() > 0 && p.stopPrice() < last;
        if (!valid) {
            return new Rejection(RejectReason.STOP_PRICE_INVALID, "stopPrice: " + p.stopPrice() + " must be "
                    + (p.side() == Side.BID ? "above" : "below") + " the last price " + last);
        }
        if (p.stopPrice() > ContractSpec.MAX_PRICE_TICKS) {
            return new Rejection(RejectReason.STOP_PRICE_INVALID, "stopPrice: " + p.stopPrice()
                    + " is above the highest price of any contract, " + ContractSpec.MAX_PRICE_TICKS + " ticks");
        }
        return null;
    }

    /** A reference price: one the band arithmetic and the books can hold, 1..{@link ContractSpec#MAX_PRICE_TICKS}. */
    static Rejection referencePrice(long price) {
        if (price <= 0 || price > ContractSpec.MAX_PRICE_TICKS) {
            return new Rejection(RejectReason.REFERENCE_PRICE_INVALID, "priceTicks: must be 1 to "
                    + ContractSpec.MAX_PRICE_TICKS + ", was " + price);
        }
        return null;
    }

    static Rejection ownership(Order o, long orderId, long account) {
        if (o == null) {
            return new Rejection(RejectReason.UNKNOWN_ORDER, "orderId: no working order " + orderId);
        }
        if (o.account != account) {
            return new Rejection(RejectReason.NOT_OWNER, "orderId: " + orderId + " belongs to another account, not "
                    + account);
        }
        return null;
    }

    static Rejection postOnlyWouldCross(String field, long price, Instrument in, Side side) {
        return new Rejection(RejectReason.POST_ONLY_WOULD_CROSS, field + ": " + price + " would trade against the best "
                + side.opposite() + " " + in.oppositeBest(side) + " of a post-only order");
    }
}
