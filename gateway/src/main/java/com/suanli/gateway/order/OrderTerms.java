package com.suanli.gateway.order;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.gateway.fix.FixValues;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.CashOrderQty;
import quickfix.field.ExecInst;
import quickfix.field.ExpireTime;
import quickfix.field.MaxFloor;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.Price;
import quickfix.field.StopPx;

/**
 * A NewOrderSingle's terms in the engine's words (docs/FIX.md, "NewOrderSingle"): OrdType (40) and
 * TimeInForce (59) to the engine's order type and time in force, prices to ticks, MaxFloor (111) to an
 * iceberg's display, ExecInst (18) 6 to post-only, a market order with CashOrderQty (152) to a budget order.
 * A field a type needs and the message lacks is a session-level problem ({@link FieldNotFound}); a value the
 * engine has no order for is refused as an unsupported order characteristic.
 */
record OrderTerms(OrderType type, TimeInForce timeInForce, char ordType, char fixTimeInForce, long priceTicks,
                  long quantity, long displayQuantity, long stopTicks, long protectionTicks, long expireAt,
                  boolean postOnly) {

    static final char MARKET = '1';
    static final char LIMIT = '2';
    static final char STOP = '3';
    static final char STOP_LIMIT = '4';

    static OrderTerms of(Message nos, ContractSpec contract, long protectionTicks) throws FieldNotFound, Refused {
        char ordType = nos.getChar(OrdType.FIELD);
        long quantity = lots(nos, OrderQty.FIELD);
        boolean budget = ordType == MARKET && nos.isSetField(CashOrderQty.FIELD);
        OrderType type = switch (ordType) {
            case MARKET -> budget ? OrderType.BUDGET : OrderType.MARKET;
            case LIMIT -> OrderType.LIMIT;
            case STOP -> OrderType.STOP;
            case STOP_LIMIT -> OrderType.STOP_LIMIT;
            default -> throw new Refused(Rejections.UNSUPPORTED_CHARACTERISTIC,
                    "OrdType(40): " + ordType + " is not traded here (1 market, 2 limit, 3 stop, 4 stop limit)");
        };
        char tif = nos.isSetField(quickfix.field.TimeInForce.FIELD) ? nos.getChar(quickfix.field.TimeInForce.FIELD)
                : defaultTimeInForce(type);
        TimeInForce timeInForce = switch (tif) {
            case '0' -> TimeInForce.DAY;
            case '1' -> TimeInForce.GTC;
            case '3' -> TimeInForce.IOC;
            case '4' -> TimeInForce.FOK;
            case '6' -> TimeInForce.GTD;
            default -> throw new Refused(Rejections.UNSUPPORTED_CHARACTERISTIC, "TimeInForce(59): " + tif
                    + " is not traded here (0 day, 1 good till cancel, 3 IOC, 4 FOK, 6 good till date)");
        };
        long price = switch (type) {
            case LIMIT, STOP_LIMIT -> ticks(nos, Price.FIELD, contract);
            case BUDGET -> ticks(nos, CashOrderQty.FIELD, contract);
            default -> 0;
        };
        long stop = type == OrderType.STOP || type == OrderType.STOP_LIMIT ? ticks(nos, StopPx.FIELD, contract) : 0;
        long display = nos.isSetField(MaxFloor.FIELD) ? lots(nos, MaxFloor.FIELD) : 0;
        long expireAt = timeInForce == TimeInForce.GTD ? FixValues.epochMillis(nos.getUtcTimeStamp(ExpireTime.FIELD)) : 0;
        boolean postOnly = nos.isSetField(ExecInst.FIELD) && nos.getString(ExecInst.FIELD).indexOf('6') >= 0;
        long protection = type == OrderType.MARKET || type == OrderType.STOP ? protectionTicks : 0;
        return new OrderTerms(type, timeInForce, ordType, tif, price, quantity, display, stop, protection, expireAt,
                postOnly);
    }

    PlaceOrder order(long timestamp, long account, long clientOrderId, int instrumentId, Side side) {
        return new PlaceOrder(timestamp, account, clientOrderId, instrumentId, side, type, timeInForce, priceTicks,
                quantity, displayQuantity, stopTicks, protectionTicks, expireAt, postOnly);
    }

    /** OrdType (40) of an order the engine holds. */
    static char fixOrdType(OrderType type) {
        return switch (type) {
            case MARKET, BUDGET -> MARKET;
            case LIMIT -> LIMIT;
            case STOP -> STOP;
            case STOP_LIMIT -> STOP_LIMIT;
        };
    }

    /** TimeInForce (59) of an order the engine holds. */
    static char fixTimeInForce(TimeInForce timeInForce) {
        return switch (timeInForce) {
            case DAY -> '0';
            case GTC -> '1';
            case IOC -> '3';
            case FOK -> '4';
            case GTD -> '6';
        };
    }

    /** FIX's default is a day order; the engine takes market and stop orders only IOC and budget orders only FOK. */
    private static char defaultTimeInForce(OrderType type) {
        return switch (type) {
            case MARKET, STOP -> '3';
            case BUDGET -> '4';
            default -> '0';
        };
    }

    private static long ticks(Message nos, int tag, ContractSpec contract) throws FieldNotFound, Refused {
        try {
            return FixValues.ticks(nos, tag, contract);
        } catch (IllegalArgumentException e) {
            throw new Refused(Rejections.OTHER, e.getMessage());
        }
    }

    private static long lots(Message nos, int tag) throws FieldNotFound, Refused {
        try {
            return FixValues.lots(nos, tag);
        } catch (IllegalArgumentException e) {
            throw new Refused(Rejections.INCORRECT_QUANTITY, e.getMessage());
        }
    }
}
