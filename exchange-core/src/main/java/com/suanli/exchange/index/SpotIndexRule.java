package com.suanli.exchange.index;

/**
 * The parameters of the daily spot index methodology (docs/INDEX.md).
 *
 * @param deviationMultiple k: a trade is an outlier when its price is further than k median
 *        absolute deviations from the volume-weighted median, 1 to 20
 * @param minimumBandBps the outlier band is at least this fraction of the median, so that a day
 *        when most volume printed at one price keeps the trades a tick or two away; 0 to 10,000
 * @param minimumLots the lots that must remain after trimming for the trades to set the index, &gt; 0
 * @param minimumTrades the trades that must remain after trimming, &gt; 0
 * @param maximumQuoteSpreadTicks the widest closing bid-offer spread whose mid may adjust a thin day, &gt;= 0
 * @param maximumQuoteMoveBps the most a thin day's quotes may move the index from its previous value, 0 to 10,000
 */
public record SpotIndexRule(int deviationMultiple, int minimumBandBps, long minimumLots, int minimumTrades,
                            long maximumQuoteSpreadTicks, int maximumQuoteMoveBps) {

    public static final int BPS_PER_UNIT = 10_000;

    public SpotIndexRule {
        if (deviationMultiple < 1 || deviationMultiple > 20) {
            throw new IllegalArgumentException("deviationMultiple: must be 1 to 20, was " + deviationMultiple);
        }
        if (minimumBandBps < 0 || minimumBandBps > BPS_PER_UNIT) {
            throw new IllegalArgumentException("minimumBandBps: must be 0 to 10000, was " + minimumBandBps);
        }
        if (minimumLots < 1) {
            throw new IllegalArgumentException("minimumLots: must be > 0, was " + minimumLots);
        }
        if (minimumTrades < 1) {
            throw new IllegalArgumentException("minimumTrades: must be > 0, was " + minimumTrades);
        }
        if (maximumQuoteSpreadTicks < 0) {
            throw new IllegalArgumentException("maximumQuoteSpreadTicks: must be >= 0, was " + maximumQuoteSpreadTicks);
        }
        if (maximumQuoteMoveBps < 0 || maximumQuoteMoveBps > BPS_PER_UNIT) {
            throw new IllegalArgumentException("maximumQuoteMoveBps: must be 0 to 10000, was " + maximumQuoteMoveBps);
        }
    }
}
