package com.suanli.exchange.margin;

/**
 * An inter-commodity spread credit, CME-style: opposite net positions in two combined
 * commodities (two hubs of one product, or two related products at a hub) form spreads of
 * {@code lotsA} lots of {@code legA} against {@code lotsB} of {@code legB}; each leg's scanning
 * risk is then reduced by {@code creditBps} of the part of it the spreads account for (the
 * commodity's weighted price risk, scanning risk per net lot, times the lots in spreads).
 * Credits are formed in the order the spreads were defined (their priority), each using up the
 * net lots it spreads.
 *
 * @param legA a combined commodity code
 * @param lotsA lots of leg A per spread, &gt; 0
 * @param legB another combined commodity code
 * @param lotsB lots of leg B per spread, &gt; 0
 * @param creditBps the credit rate, 1 to 10,000 basis points
 */
public record InterCommoditySpread(String legA, long lotsA, String legB, long lotsB, int creditBps) {

    public static final int BPS_PER_UNIT = 10_000;

    public InterCommoditySpread {
        if (legA == null || legA.isBlank() || legB == null || legB.isBlank()) {
            throw new IllegalArgumentException("legA, legB: must not be blank");
        }
        if (legA.equals(legB)) {
            throw new IllegalArgumentException("legB: must differ from legA " + legA);
        }
        if (lotsA < 1 || lotsA > 1_000 || lotsB < 1 || lotsB > 1_000) {
            throw new IllegalArgumentException("lotsA, lotsB: must be 1 to 1000, were " + lotsA + ", " + lotsB);
        }
        if (creditBps < 1 || creditBps > BPS_PER_UNIT) {
            throw new IllegalArgumentException("creditBps: must be 1 to " + BPS_PER_UNIT + ", was " + creditBps);
        }
    }
}
