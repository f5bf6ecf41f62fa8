package com.suanli.pricing.margin;

import com.suanli.exchange.margin.RiskArray;
import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.PutCall;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The SPAN risk arrays the clearing house loads at each settlement ({@code LoadRiskArray}), in fen
 * per long lot, in CME's scenario order: price unchanged, up and down a third, two thirds and the
 * whole price scan range, each with volatility up and down, then the two extreme moves of three
 * ranges of which a third (33%) counts.
 *
 * <p>The price scan range is a one-sided {@code confidence} quantile of a lognormal move over the
 * holding period, taken as the normal approximation {@code F sigma sqrt(h / 250) z}: for the
 * short horizons SPAN uses the two agree to a few percent, and an absolute range is what SPAN's
 * scenarios step through. Options are revalued with Black-76 at the holding period's end (less time
 * to expiry, none below zero); a price scenario below zero is floored at a millionth of the
 * forward, where every put is at its intrinsic value and every call worthless.
 */
public final class RiskArrays {

    private static final double[] PRICE_MOVES = {0, 0, 1.0 / 3, 1.0 / 3, -1.0 / 3, -1.0 / 3, 2.0 / 3, 2.0 / 3,
        -2.0 / 3, -2.0 / 3, 1, 1, -1, -1, 3, -3};
    /** +1 volatility up, -1 down, 0 unchanged (the extremes). */
    private static final int[] VOLATILITY_MOVES = {1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 0, 0};
    /** The share of an extreme move's loss that counts, as in CME's published futures arrays. */
    private static final double EXTREME_COVER = 0.33;
    private static final int EXTREME_FIRST = 14;
    private static final double FEN_PER_YUAN = 100;
    private static final double LOWEST_FORWARD_SHARE = 1e-6;

    private RiskArrays() {
    }

    /**
     * The price scan range, CNY per unit of the underlying.
     *
     * @param forward the futures price, CNY per unit, &gt; 0
     * @param volatility the annual lognormal volatility, &gt;= 0
     */
    public static double priceScanRange(double forward, double volatility, ScanParameters scan) {
        requirePositive("forward", forward);
        if (!(volatility >= 0) || Double.isInfinite(volatility)) {
            throw new IllegalArgumentException("volatility: must be non-negative and finite, was " + volatility);
        }
        double z = new NormalDistribution().inverseCumulativeProbability(scan.confidence());
        return forward * volatility * Math.sqrt(scan.holdingYears()) * z;
    }

    /**
     * The array of one long lot of a future: minus the price move in every scenario, built by the core's own
     * {@link RiskArray#future} from the scan range in whole fen, so that it is exactly the array the core
     * would build itself.
     *
     * @param unitsPerLot the contract size (GPU-hours a lot), &gt; 0
     */
    public static RiskArray future(double forward, double volatility, long unitsPerLot, ScanParameters scan) {
        requireLot(unitsPerLot);
        return RiskArray.future(Math.round(priceScanRange(forward, volatility, scan) * unitsPerLot * FEN_PER_YUAN));
    }

    /**
     * The array of one long lot of a European option on the future: premium now less premium in each
     * scenario, revalued with Black-76.
     *
     * @param expiry years to the option's expiry, &gt;= 0
     * @param volatility the option's volatility, &gt;= 0
     * @param rate the continuously compounded rate
     */
    public static RiskArray futureOption(PutCall putCall, double forward, double strike, double expiry,
                                         double volatility, double rate, long unitsPerLot, ScanParameters scan) {
        requireLot(unitsPerLot);
        Black76 black = Black76.DEFAULT;
        double now = black.price(putCall, forward, strike, expiry, volatility, rate);
        double range = priceScanRange(forward, volatility, scan);
        double later = Math.max(0, expiry - scan.holdingYears());
        long[] losses = new long[RiskArray.SCENARIOS];
        for (int s = 0; s < RiskArray.SCENARIOS; s++) {
            double shifted = Math.max(forward * LOWEST_FORWARD_SHARE, forward + PRICE_MOVES[s] * range);
            double vol = Math.max(0, volatility + VOLATILITY_MOVES[s] * scan.volatilityScan());
            double loss = now - black.price(putCall, shifted, strike, later, vol, rate);
            if (s >= EXTREME_FIRST) {
                loss *= EXTREME_COVER;
            }
            losses[s] = Math.round(loss * unitsPerLot * FEN_PER_YUAN);
        }
        return new RiskArray(losses);
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be positive and finite, was " + value);
        }
    }

    private static void requireLot(long unitsPerLot) {
        if (unitsPerLot < 1) {
            throw new IllegalArgumentException("unitsPerLot: must be > 0, was " + unitsPerLot);
        }
    }
}
