package com.suanli.gateway.order;

import com.suanli.exchange.engine.event.RejectReason;

/** The engine's reject reasons in FIX 4.4 codes; the FIX Text (58) carries the reason and the engine's message. */
public final class Rejections {

    public static final int UNKNOWN_SYMBOL = 1;
    public static final int EXCHANGE_CLOSED = 2;
    public static final int EXCEEDS_LIMIT = 3;
    public static final int TOO_LATE = 4;
    public static final int DUPLICATE_ORDER = 6;
    public static final int STALE_ORDER = 8;
    public static final int UNSUPPORTED_CHARACTERISTIC = 11;
    public static final int INCORRECT_QUANTITY = 13;
    public static final int UNKNOWN_ACCOUNT = 15;
    public static final int OTHER = 99;

    private Rejections() {
    }

    /** OrdRejReason (103) of a refused new order. */
    public static int ordRejReason(RejectReason reason) {
        return switch (reason) {
            case UNKNOWN_INSTRUMENT -> UNKNOWN_SYMBOL;
            case SESSION_CLOSED, NOT_A_TRADING_DAY, BEFORE_FIRST_TRADING_DAY -> EXCHANGE_CLOSED;
            case INSTRUMENT_EXPIRED, AFTER_LAST_TRADING_DAY -> TOO_LATE;
            case QUANTITY_NOT_POSITIVE, QUANTITY_OFF_LOT, QUANTITY_ABOVE_MAX -> INCORRECT_QUANTITY;
            case DUPLICATE_CLIENT_ORDER_ID -> DUPLICATE_ORDER;
            case TIMESTAMP_BEFORE_ENGINE_TIME, TIMESTAMP_TOO_FAR_AHEAD, TIMESTAMP_OUT_OF_RANGE -> STALE_ORDER;
            case ACCOUNT_INVALID, UNKNOWN_ACCOUNT, ACCOUNT_CANNOT_TRADE, ACCOUNT_IN_DEFAULT -> UNKNOWN_ACCOUNT;
            case ORDER_TYPE_NOT_ALLOWED_IN_SESSION, TIME_IN_FORCE_INVALID, DISPLAY_QUANTITY_INVALID,
                    EXPIRE_TIME_INVALID, PROTECTION_INVALID, BUDGET_INVALID, STOP_PRICE_INVALID,
                    POST_ONLY_WOULD_CROSS -> UNSUPPORTED_CHARACTERISTIC;
            case PRE_TRADE_CHECK, INSUFFICIENT_MARGIN, INSUFFICIENT_BUYING_POWER, INSUFFICIENT_CAPACITY,
                    POSITION_LIMIT, ORDER_SIZE_LIMIT, INSTRUMENT_POSITION_LIMIT, ACCOUNT_POSITION_LIMIT,
                    PRICE_COLLAR, WORKING_ORDER_LIMIT, CREDIT_LIMIT -> EXCEEDS_LIMIT;
            default -> OTHER;
        };
    }

    /** CxlRejReason (102) of a refused cancel or replace. */
    public static int cxlRejReason(RejectReason reason) {
        return switch (reason) {
            case UNKNOWN_ORDER -> 1;
            case TIMESTAMP_BEFORE_ENGINE_TIME, TIMESTAMP_TOO_FAR_AHEAD, TIMESTAMP_OUT_OF_RANGE -> 0;
            default -> OTHER;
        };
    }

    /** QuoteRejectReason (300) of a refused mass quote. */
    public static int quoteRejectReason(RejectReason reason) {
        return switch (reason) {
            case UNKNOWN_INSTRUMENT -> 1;
            case SESSION_CLOSED, NOT_A_TRADING_DAY, BEFORE_FIRST_TRADING_DAY -> 2;
            case INSTRUMENT_EXPIRED, AFTER_LAST_TRADING_DAY -> 4;
            case QUOTE_DUPLICATE_INSTRUMENT -> 6;
            case QUOTE_CROSSED -> 7;
            case PRICE_NOT_POSITIVE, OUTSIDE_PRICE_BAND -> 8;
            default -> OTHER;
        };
    }
}
