package com.suanli.gateway.fix;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import quickfix.FieldMap;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;

/**
 * The conversions every message shares: prices in CNY per unit to the contract's ticks and back, sides,
 * times. A price that is not a whole number of ticks is refused naming the tag.
 */
public final class FixValues {

    public static final char BUY = '1';
    public static final char SELL = '2';

    private static final DateTimeFormatter UTC_TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    private static final ThreadLocal<LastTimestamp> LAST_TIMESTAMP = ThreadLocal.withInitial(LastTimestamp::new);

    private static final class LastTimestamp {
        long millis;
        String text;
    }

    private FixValues() {
    }

    /**
     * The price at {@code tag} in ticks of the contract.
     * @throws FieldNotFound when the tag is absent
     * @throws IllegalArgumentException naming the tag when the price is off the tick or out of range
     */
    public static long ticks(FieldMap message, int tag, ContractSpec contract) throws FieldNotFound {
        BigDecimal price = message.getDecimal(tag);
        try {
            long ticks = contract.toTicks(price);
            if (ticks <= 0) {
                throw new IllegalArgumentException("must be positive, was " + price.toPlainString());
            }
            return ticks;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name(tag) + "(" + tag + "): " + e.getMessage(), e);
        }
    }

    /** The price of {@code ticks}, CNY per unit. */
    public static BigDecimal price(ContractSpec contract, long ticks) {
        return contract.toPrice(ticks);
    }

    /** The lots at {@code tag}: a whole positive number. */
    public static long lots(FieldMap message, int tag) throws FieldNotFound {
        BigDecimal quantity = message.getDecimal(tag);
        try {
            long lots = quantity.longValueExact();
            if (lots <= 0) {
                throw new IllegalArgumentException(name(tag) + "(" + tag + "): must be a positive number of lots, was "
                        + quantity.toPlainString());
            }
            return lots;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name(tag) + "(" + tag + "): must be a whole number of lots, was "
                    + quantity.toPlainString(), e);
        }
    }

    public static Side side(FieldMap message) throws FieldNotFound, IncorrectTagValue {
        char side = message.getChar(quickfix.field.Side.FIELD);
        return switch (side) {
            case BUY -> Side.BID;
            case SELL -> Side.ASK;
            default -> throw new IncorrectTagValue(quickfix.field.Side.FIELD, String.valueOf(side));
        };
    }

    public static char side(Side side) {
        return side == Side.BID ? BUY : SELL;
    }

    /**
     * A UTC timestamp field's text ({@code yyyyMMdd-HH:mm:ss.SSS}) for {@code epochMillis}, remembered per thread
     * while the millisecond lasts: QuickFIX/J's own conversion of a {@link LocalDateTime} was 14% of the event
     * thread's time in the gateway's profile (docs/BENCHMARKS.md, "FIX gateway"), and one command's reports
     * share its time.
     */
    public static String timestamp(long epochMillis) {
        LastTimestamp last = LAST_TIMESTAMP.get();
        if (last.millis != epochMillis || last.text == null) {
            last.millis = epochMillis;
            last.text = UTC_TIMESTAMP.format(Instant.ofEpochMilli(epochMillis));
        }
        return last.text;
    }

    public static long epochMillis(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static String name(int tag) {
        return switch (tag) {
            case quickfix.field.Price.FIELD -> "Price";
            case quickfix.field.StopPx.FIELD -> "StopPx";
            case quickfix.field.CashOrderQty.FIELD -> "CashOrderQty";
            case quickfix.field.BidPx.FIELD -> "BidPx";
            case quickfix.field.OfferPx.FIELD -> "OfferPx";
            case quickfix.field.OrderQty.FIELD -> "OrderQty";
            case quickfix.field.MaxFloor.FIELD -> "MaxFloor";
            case quickfix.field.BidSize.FIELD -> "BidSize";
            case quickfix.field.OfferSize.FIELD -> "OfferSize";
            default -> "tag";
        };
    }
}
