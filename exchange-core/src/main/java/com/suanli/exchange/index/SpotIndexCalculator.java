package com.suanli.exchange.index;

import com.suanli.exchange.engine.event.IndexMethod;

import java.util.Arrays;

/**
 * The daily spot index of one product at one hub from that day's spot trades (a pure function;
 * docs/INDEX.md is the methodology):
 * <ol>
 * <li>the volume-weighted median price M of the day's trades, and the volume-weighted median
 *     absolute deviation from it (MAD);</li>
 * <li>trades further from M than the band, max(k x MAD, M x minimumBandBps), are trimmed;</li>
 * <li>if at least {@code minimumLots} lots in {@code minimumTrades} trades remain, the index is
 *     their volume-weighted price, to the nearest tick (an exact half toward the previous value);</li>
 * <li>otherwise, if the closing best bid and offer are both there and no wider than
 *     {@code maximumQuoteSpreadTicks}, the previous value moved toward their mid by at most
 *     {@code maximumQuoteMoveBps} of itself; else the previous value again.</li>
 * </ol>
 */
public final class SpotIndexCalculator {

    /** Prices and lots are packed with a trade's position into one sortable long. */
    private static final long MAX_PRICE = (1L << 31) - 1;

    private SpotIndexCalculator() {
    }

    /**
     * @param prices the day's trade prices, ticks, 1 to 2^31 - 1; the first {@code count} are read
     * @param lots the day's trade quantities, lots, &gt; 0
     * @param previous the previous index value, ticks, &gt; 0
     * @param bestBid the closing best bid, ticks, 0 if none
     * @param bestAsk the closing best offer, ticks, 0 if none
     */
    public static SpotIndexValue calculate(long[] prices, long[] lots, int count, long previous, long bestBid,
                                           long bestAsk, SpotIndexRule rule) {
        if (previous <= 0) {
            throw new IllegalArgumentException("previous: must be > 0, was " + previous);
        }
        long totalLots = 0;
        for (int i = 0; i < count; i++) {
            if (prices[i] <= 0 || prices[i] > MAX_PRICE || lots[i] <= 0) {
                throw new IllegalArgumentException("prices[" + i + "], lots[" + i + "]: must be 1 to " + MAX_PRICE
                        + " and > 0, were " + prices[i] + ", " + lots[i]);
            }
            totalLots = Math.addExact(totalLots, lots[i]);
        }
        long median = 0;
        long band = 0;
        long keptLots = 0;
        long keptNotional = 0;
        int kept = 0;
        if (count > 0) {
            long[] byPrice = new long[count];
            for (int i = 0; i < count; i++) {
                byPrice[i] = prices[i] << 32 | i;
            }
            median = weightedMedian(byPrice, lots, totalLots);
            long[] byDeviation = new long[count];
            for (int i = 0; i < count; i++) {
                byDeviation[i] = Math.abs(prices[i] - median) << 32 | i;
            }
            long deviation = weightedMedian(byDeviation, lots, totalLots);
            band = Math.max(Math.multiplyExact(deviation, rule.deviationMultiple()),
                    median * rule.minimumBandBps() / SpotIndexRule.BPS_PER_UNIT);
            for (int i = 0; i < count; i++) {
                if (Math.abs(prices[i] - median) <= band) {
                    kept++;
                    keptLots = Math.addExact(keptLots, lots[i]);
                    keptNotional = Math.addExact(keptNotional, Math.multiplyExact(prices[i], lots[i]));
                }
            }
        }
        int excluded = count - kept;
        if (keptLots >= rule.minimumLots() && kept >= rule.minimumTrades()) {
            return new SpotIndexValue(TickRounding.nearest(keptNotional, keptLots, previous), IndexMethod.TRADES,
                    keptLots, kept, excluded, median, band);
        }
        boolean quoted = bestBid > 0 && bestAsk >= bestBid && bestAsk - bestBid <= rule.maximumQuoteSpreadTicks();
        if (!quoted) {
            return new SpotIndexValue(previous, IndexMethod.CARRIED_FORWARD, keptLots, kept, excluded, median, band);
        }
        long mid = TickRounding.nearest(Math.addExact(bestBid, bestAsk), 2, previous);
        long cap = previous * rule.maximumQuoteMoveBps() / SpotIndexRule.BPS_PER_UNIT;
        long moved = previous + Math.max(-cap, Math.min(cap, mid - previous));
        return new SpotIndexValue(moved, IndexMethod.QUOTES_ADJUSTED, keptLots, kept, excluded, median, band);
    }

    /**
     * The lower volume-weighted median of the values packed in the high half of {@code keyed}
     * (the low half is the trade's position): the first value, in ascending order, at which the
     * cumulative lots reach half the total.
     */
    private static long weightedMedian(long[] keyed, long[] lots, long totalLots) {
        Arrays.sort(keyed);
        long cumulative = 0;
        for (long key : keyed) {
            cumulative += lots[(int) key];
            if (2 * cumulative >= totalLots) {
                return key >>> 32;
            }
        }
        throw new IllegalStateException("the cumulative lots never reached half of " + totalLots);
    }
}
