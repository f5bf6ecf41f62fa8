package com.suanli.exchange.index;

/**
 * Rounding a volume-weighted price, or a mid, to a whole tick: to the nearest tick, and an exact
 * half toward a reference price (the previous settlement or index value), so that a price
 * exactly between two ticks moves the published figure as little as possible.
 */
public final class TickRounding {

    private TickRounding() {
    }

    /**
     * {@code numerator / denominator} (both &gt;= 0, denominator &gt; 0) to the nearest whole
     * tick; an exact half goes toward {@code tieToward}.
     */
    public static long nearest(long numerator, long denominator, long tieToward) {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("numerator, denominator: must be >= 0 and > 0, were " + numerator + ", "
                    + denominator);
        }
        long floor = numerator / denominator;
        long twiceRemainder = 2 * (numerator % denominator);
        if (twiceRemainder > denominator || twiceRemainder == denominator && tieToward > floor) {
            return floor + 1;
        }
        return floor;
    }
}
