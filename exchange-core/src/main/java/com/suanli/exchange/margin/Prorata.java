package com.suanli.exchange.margin;

/** Exact proportional shares of money in {@code long}, without a {@code double} and without overflow. */
public final class Prorata {

    private Prorata() {
    }

    /**
     * {@code amount x part / whole}, rounded toward zero, for {@code 0 <= part <= whole} and
     * {@code whole} up to about 3 x 10^9: directly when {@code amount x part} fits a long, else
     * split as {@code (amount / whole) x part + (amount % whole) x part / whole}, so no
     * intermediate exceeds {@code |amount|} or {@code whole^2}.
     */
    public static long share(long amount, long part, long whole) {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("part: must be 0 to " + whole + ", was " + part);
        }
        long product = amount * part;
        long high = Math.multiplyHigh(amount, part);
        if (high == 0 && product >= 0 || high == -1 && product < 0) {
            // The product fits a long: one division.
            return product / whole;
        }
        return Math.addExact(Math.multiplyExact(amount / whole, part), Math.multiplyExact(amount % whole, part) / whole);
    }
}
