package com.suanli.exchange.clearing;

/**
 * An account's pre-trade limits; 0 in any field means no limit there (the default of every
 * account). Lots are the account's whole worst case: its position plus the orders working on the
 * side that would make it larger, as if they filled.
 *
 * @param maxOrderLots the most lots one order or quote side may carry
 * @param maxPositionLots the most lots the account may be long or short in one instrument
 * @param maxGrossLots the most lots long or short summed over all its instruments
 * @param maxWorkingOrders the most orders (not quote sides) it may have working at once
 * @param collarBps how far, in basis points, a limit price may lie from the instrument's
 *        reference in clearing (the last trade between two accounts, else the last settlement
 *        price, else the listing reference)
 */
public record AccountLimits(long maxOrderLots, long maxPositionLots, long maxGrossLots, long maxWorkingOrders,
                            long collarBps) {

    /** No limit at all: what every account starts with. */
    public static final AccountLimits NONE = new AccountLimits(0, 0, 0, 0, 0);
    /** The widest collar: the price within 100% of the reference. */
    public static final long MAX_COLLAR_BPS = 10_000;
    /** The largest gross lots limit: 2^40, as {@link ClearingHouse#MAX_LOTS} on 2^16 instruments. */
    public static final long MAX_GROSS_LOTS = 1L << 40;

    public AccountLimits {
        requireRange("maxOrderLots", maxOrderLots, ClearingHouse.MAX_LOTS);
        requireRange("maxPositionLots", maxPositionLots, ClearingHouse.MAX_LOTS);
        requireRange("maxGrossLots", maxGrossLots, MAX_GROSS_LOTS);
        requireRange("maxWorkingOrders", maxWorkingOrders, Integer.MAX_VALUE);
        requireRange("collarBps", collarBps, MAX_COLLAR_BPS);
    }

    private static void requireRange(String field, long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + ": must be 0 (no limit) to " + max + ", was " + value);
        }
    }
}
