package com.suanli.exchange.margin;

import java.util.Arrays;

/**
 * A SPAN risk array: the loss of one long lot of an instrument in each of the 16 standard
 * scenarios, in fen (gains negative), computed outside the core (by {@code pricing}) and loaded
 * at each settlement. Scenario {@code k} (0-based) is CME's scenario {@code k + 1}:
 *
 * <pre>
 *  0, 1   price unchanged,            volatility up, down
 *  2, 3   price up   1/3 of the range, volatility up, down
 *  4, 5   price down 1/3,              volatility up, down
 *  6, 7   price up   2/3,              volatility up, down
 *  8, 9   price down 2/3,              volatility up, down
 * 10, 11  price up   3/3,              volatility up, down
 * 12, 13  price down 3/3,              volatility up, down
 * 14      extreme up   (3 x the range), a fraction of the loss covered
 * 15      extreme down (3 x the range), a fraction of the loss covered
 * </pre>
 *
 * @param losses the 16 losses per long lot, fen; each within +-{@link #MAX_LOSS}
 */
public record RiskArray(long[] losses) {

    public static final int SCENARIOS = 16;
    /**
     * The largest loss or gain per lot, 2^32 fen (about 43 million CNY, far above any listed
     * contract's notional): with positions bounded too, a portfolio's scenario sums fit a long.
     */
    public static final long MAX_LOSS = 1L << 32;
    /** CME's cover of the extreme moves: 3 x the scan range, 33% of the loss, so 99% of the range. */
    private static final int EXTREME_COVER_PERCENT = 99;

    public RiskArray {
        if (losses == null || losses.length != SCENARIOS) {
            throw new IllegalArgumentException("losses: a risk array has " + SCENARIOS + " scenarios, was "
                    + (losses == null ? "null" : losses.length));
        }
        losses = losses.clone();
        for (int s = 0; s < SCENARIOS; s++) {
            // Not Math.abs: it leaves Long.MIN_VALUE negative, which would pass.
            if (losses[s] > MAX_LOSS || losses[s] < -MAX_LOSS) {
                throw new IllegalArgumentException("losses[" + s + "]: must be within +-" + MAX_LOSS + " fen, was "
                        + losses[s]);
            }
        }
    }

    /**
     * The array of a futures contract whose price scan range is {@code priceScanRange} fen per lot:
     * the loss of a long lot is minus the price move, the volatility pairs are equal, moves of a
     * third are rounded toward zero to whole fen, and the extremes cover 99% of the range as in
     * CME's published futures arrays (3 x the range, 33% covered). Its scanning risk, one lot
     * outright, is the scan range itself.
     */
    public static RiskArray future(long priceScanRange) {
        if (priceScanRange < 0 || priceScanRange > MAX_LOSS) {
            throw new IllegalArgumentException("priceScanRange: must be 0 to " + MAX_LOSS + " fen, was " + priceScanRange);
        }
        long third = priceScanRange / 3;
        long twoThirds = priceScanRange * 2 / 3;
        long extreme = priceScanRange * EXTREME_COVER_PERCENT / 100;
        return new RiskArray(new long[] {
                0, 0,
                -third, -third, third, third,
                -twoThirds, -twoThirds, twoThirds, twoThirds,
                -priceScanRange, -priceScanRange, priceScanRange, priceScanRange,
                -extreme, extreme});
    }

    /** The loss of one long lot in {@code scenario} (0 to 15), fen. */
    public long loss(int scenario) {
        return losses[scenario];
    }

    /** A copy of the 16 losses. */
    @Override
    public long[] losses() {
        return losses.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RiskArray array && Arrays.equals(losses, array.losses);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(losses);
    }

    @Override
    public String toString() {
        return "RiskArray" + Arrays.toString(losses);
    }
}
