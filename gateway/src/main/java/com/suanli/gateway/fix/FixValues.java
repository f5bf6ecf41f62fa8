package com.suanli.gateway.fix;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
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

    private static final long DAY_MILLIS = 86_400_000L;
    private static final ThreadLocal<LastTimestamp> LAST_TIMESTAMP = ThreadLocal.withInitial(LastTimestamp::new);

    /** A thread's last timestamp text, and its day's {@code yyyyMMdd-}, written into {@code chars}. */
    private static final class LastTimestamp {
        long millis = Long.MIN_VALUE;
        long day = Long.MIN_VALUE;
        String text;
        final char[] chars = new char[21];
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
     * A UTC timestamp field's text ({@code yyyyMMdd-HH:mm:ss.SSS}) for {@code epochMillis}: QuickFIX/J's own
     * conversion of a {@link LocalDateTime} was 14% of the event thread's time in the gateway's profile
     * (docs/BENCHMARKS.md, "FIX gateway"). The date is formatted once a day per thread and the time of day written
     * digit by digit: a report's TransactTime (the command's time) and SendingTime (now) are different
     * milliseconds, so remembering the last millisecond's text alone missed at every call.
     */
    public static String timestamp(long epochMillis) {
        LastTimestamp last = LAST_TIMESTAMP.get();
        if (last.millis == epochMillis) {
            return last.text;
        }
        char[] chars = last.chars;
        long day = Math.floorDiv(epochMillis, DAY_MILLIS);
        if (day != last.day) {
            last.day = day;
            String date = LocalDate.ofEpochDay(day).format(DateTimeFormatter.BASIC_ISO_DATE);
            date.getChars(0, 8, chars, 0);
            chars[8] = '-';
        }
        int ofDay = (int) Math.floorMod(epochMillis, DAY_MILLIS);
        two(chars, 9, ofDay / 3_600_000);
        chars[11] = ':';
        two(chars, 12, ofDay / 60_000 % 60);
        chars[14] = ':';
        two(chars, 15, ofDay / 1_000 % 60);
        chars[17] = '.';
        int millis = ofDay % 1_000;
        chars[18] = (char) ('0' + millis / 100);
        two(chars, 19, millis % 100);
        last.millis = epochMillis;
        last.text = new String(chars);
        return last.text;
    }

    private static void two(char[] chars, int at, int value) {
        chars[at] = (char) ('0' + value / 10);
        chars[at + 1] = (char) ('0' + value % 10);
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
