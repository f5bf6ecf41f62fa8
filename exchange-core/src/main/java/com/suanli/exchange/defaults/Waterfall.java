package com.suanli.exchange.defaults;

import java.math.BigInteger;

/**
 * The default waterfall, pure: which layer meets how much of a defaulter's deficit. In order, as
 * CME's and LCH's rulebooks have it: the defaulter's own default-fund contribution, the
 * exchange's capital, then the other members' contributions, pro rata to what each has in the
 * fund. A pro-rata share is rounded down to the fen and the fen left over go one each to the
 * largest remainders (the lower index first on a tie), so the shares sum to the layer exactly
 * and no member pays more than its contribution.
 */
public final class Waterfall {

    private Waterfall() {
    }

    /**
     * @param deficit the loss beyond the defaulter's cash, fen (&gt;= 0)
     * @param ownContribution the defaulter's contribution to the default fund
     * @param capital what the exchange's capital account can put in
     * @param contributions every other member's contribution, by index (the defaulter's as 0)
     */
    public static LossAllocation allocate(long deficit, long ownContribution, long capital, long[] contributions) {
        if (deficit < 0 || ownContribution < 0 || capital < 0) {
            throw new IllegalArgumentException("deficit, ownContribution, capital: must be >= 0, were " + deficit + ", "
                    + ownContribution + ", " + capital);
        }
        long own = Math.min(deficit, ownContribution);
        long left = deficit - own;
        long fromCapital = Math.min(left, capital);
        left -= fromCapital;
        long pool = 0;
        for (long c : contributions) {
            if (c < 0) {
                throw new IllegalArgumentException("contributions: must be >= 0, was " + c);
            }
            pool = Math.addExact(pool, c);
        }
        long mutualised = Math.min(left, pool);
        return new LossAllocation(deficit, own, fromCapital, mutualised, prorata(mutualised, contributions, pool),
                left - mutualised);
    }

    /** {@code amount} (at most {@code pool}) split over {@code parts} (summing to {@code pool}) by largest remainder. */
    static long[] prorata(long amount, long[] parts, long pool) {
        long[] shares = new long[parts.length];
        if (amount == 0) {
            return shares;
        }
        BigInteger whole = BigInteger.valueOf(pool);
        long[] remainders = new long[parts.length];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            BigInteger[] qr = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(parts[i])).divideAndRemainder(whole);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            given += shares[i];
        }
        // Fewer fen are left over than there are members with a remainder: one each, largest first.
        for (long left = amount - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < parts.length; i++) {
                if (remainders[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = 0;
        }
        return shares;
    }
}
