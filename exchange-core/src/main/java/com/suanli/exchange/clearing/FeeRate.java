package com.suanli.exchange.clearing;

/**
 * The trading fees of a product, in fen per lot: the order that rested (the maker) pays
 * {@code makerPerLot}, a negative amount being a rebate; the order that took liquidity (the
 * taker) pays {@code takerPerLot}. Per lot rather than in basis points of notional so that a fee
 * is exact in fen with no rounding, as CME and the Shanghai futures exchanges charge most
 * contracts. The exchange never pays out on a trade: a rebate is at most the taker fee.
 * In an auction neither side took liquidity: each pays the maker fee, and no rebate is paid.
 *
 * @param makerPerLot fen per lot, negative for a rebate, at least {@code -takerPerLot}
 * @param takerPerLot fen per lot, 0 to {@link #MAX_PER_LOT}
 */
public record FeeRate(long makerPerLot, long takerPerLot) {

    public static final long MAX_PER_LOT = 1L << 24;

    public FeeRate {
        if (takerPerLot < 0 || takerPerLot > MAX_PER_LOT) {
            throw new IllegalArgumentException("takerPerLot: must be 0 to " + MAX_PER_LOT + " fen, was " + takerPerLot);
        }
        if (makerPerLot > MAX_PER_LOT || makerPerLot < -takerPerLot) {
            throw new IllegalArgumentException("makerPerLot: must be -takerPerLot (" + -takerPerLot + ") to "
                    + MAX_PER_LOT + " fen, was " + makerPerLot + ": the exchange never pays out on a trade");
        }
    }

    /** What each side of an auction trade pays per lot: the maker fee, or nothing when it is a rebate. */
    public long auctionPerLot() {
        return Math.max(makerPerLot, 0);
    }
}
