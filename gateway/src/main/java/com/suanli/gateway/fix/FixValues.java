package com.suanli.gateway.fix;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.time.DateTimeException;
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
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }
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
            date(chars, LocalDate.ofEpochDay(day));
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

    /**
     * {@code yyyyMMdd} into the first 8 characters, digit by digit: a load run's members stamp Friday's time while
     * SendingTime is Saturday's (the load's {@code WeekdayClock}), and a formatter per alternating day was 5% of the
     * event thread (docs/BENCHMARKS.md, "FIX gateway", 2026-12-04 evening). Years beyond four digits take the
     * formatter's text.
     */
    private static void date(char[] chars, LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9_999) {
            date.format(DateTimeFormatter.BASIC_ISO_DATE).getChars(0, 8, chars, 0);
            return;
        }
        two(chars, 0, year / 100);
        two(chars, 2, year % 100);
        two(chars, 4, date.getMonthValue());
        two(chars, 6, date.getDayOfMonth());
    }

    /**
     * The price of {@code ticks} as {@code BigDecimal.toPlainString} writes {@link #price}, appended to {@code text}
     * without making the decimal: the tick's scale decides the digits after the point. The reports' prices through
     * {@code BigDecimal} were 9% of the event thread (docs/BENCHMARKS.md, "FIX gateway", 2026-12-04 evening).
     */
    public static StringBuilder appendPrice(StringBuilder text, ContractSpec contract, long ticks) {
        BigDecimal tick = contract.tickSize();
        int scale = tick.scale();
        long units;
        try {
            units = Math.multiplyExact(tick.unscaledValue().longValueExact(), ticks);
        } catch (ArithmeticException e) {
            return text.append(price(contract, ticks).toPlainString());
        }
        if (scale == 0) {
            return text.append(units);
        }
        if (scale > 18) {
            return text.append(price(contract, ticks).toPlainString());
        }
        if (units < 0) {
            text.append('-');
        }
        long whole = Math.abs(units / POWERS_OF_TEN[scale]);
        long fraction = Math.abs(units % POWERS_OF_TEN[scale]);
        text.append(whole).append('.');
        for (int digit = scale - 1; digit >= 0; digit--) {
            text.append((char) ('0' + fraction / POWERS_OF_TEN[digit] % 10));
        }
        return text;
    }

    private static void two(char[] chars, int at, int value) {
        chars[at] = (char) ('0' + value / 10);
        chars[at + 1] = (char) ('0' + value % 10);
    }

    /**
     * A UTC timestamp's text ({@code yyyyMMdd-HH:mm:ss}, alone or with 3, 6 or 9 digits after a point) read digit by
     * digit, the value QuickFIX/J's {@code UtcTimestampConverter} gives for it; null for any other text, which the
     * caller leaves to QuickFIX/J and its refusal. Its {@code DateTimeFormatter} parse of every message's SendingTime for the
     * latency check was a fifth of a session thread's time (docs/BENCHMARKS.md, "FIX gateway", "Received orders
     * parsed lighter").
     */
    public static LocalDateTime utcTimestamp(String text) {
        int length = text.length();
        if (length != 17 && length != 21 && length != 24 && length != 27 || text.charAt(8) != '-'
                || text.charAt(11) != ':' || text.charAt(14) != ':' || length > 17 && text.charAt(17) != '.') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 4, 2);
        int day = digits(text, 6, 2);
        int hour = digits(text, 9, 2);
        int minute = digits(text, 12, 2);
        int second = digits(text, 15, 2);
        int fraction = length > 17 ? digits(text, 18, length - 18) : 0;
        if ((year | month | day | hour | minute | second | fraction) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second,
                    fraction * (int) POWERS_OF_TEN[length > 17 ? 27 - length : 0]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The {@code count} decimal digits at {@code at} as a number; -1 when one is not a digit. */
    private static int digits(String text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
