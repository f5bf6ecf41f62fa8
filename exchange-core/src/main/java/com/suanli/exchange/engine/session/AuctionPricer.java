package com.suanli.exchange.engine.session;

import java.util.Optional;

/**
 * The call-auction price rule: the price that executes the most volume; among those, the one
 * with the least surplus; then the one nearest the reference price; then the lower one.
 * Executable volume only changes at price levels, so the candidates are the level prices and
 * the reference price itself (which may fall between levels).
 */
public final class AuctionPricer {
    private AuctionPricer() {
    }

    /**
     * @param bidPrices bid levels, any order, {@code bidCount} used
     * @param askPrices ask levels, any order, {@code askCount} used
     * @return the uncross price, or empty when nothing would trade
     */
    public static Optional<AuctionPrice> find(long[] bidPrices, long[] bidQuantities, int bidCount,
                                              long[] askPrices, long[] askQuantities, int askCount, long reference) {
        long bestPrice = 0;
        long bestVolume = 0;
        long bestSurplus = 0;
        for (int c = 0; c <= bidCount + askCount; c++) {
            long p = c < bidCount ? bidPrices[c] : c < bidCount + askCount ? askPrices[c - bidCount] : reference;
            long demand = 0;
            for (int i = 0; i < bidCount; i++) {
                demand += bidPrices[i] >= p ? bidQuantities[i] : 0;
            }
            long supply = 0;
            for (int i = 0; i < askCount; i++) {
                supply += askPrices[i] <= p ? askQuantities[i] : 0;
            }
            long volume = Math.min(demand, supply);
            long surplus = Math.abs(demand - supply);
            if (volume > 0 && better(p, volume, surplus, bestPrice, bestVolume, bestSurplus, reference)) {
                bestPrice = p;
                bestVolume = volume;
                bestSurplus = surplus;
            }
        }
        return bestVolume == 0 ? Optional.empty() : Optional.of(new AuctionPrice(bestPrice, bestVolume, bestSurplus));
    }

    private static boolean better(long p, long volume, long surplus, long bestPrice, long bestVolume, long bestSurplus,
                                  long reference) {
        if (volume != bestVolume) {
            return volume > bestVolume;
        }
        if (surplus != bestSurplus) {
            return surplus < bestSurplus;
        }
        long distance = Math.abs(p - reference);
        long bestDistance = Math.abs(bestPrice - reference);
        if (distance != bestDistance) {
            return distance < bestDistance;
        }
        return p < bestPrice;
    }
}
