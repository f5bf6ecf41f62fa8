package com.suanli.exchange.settlement;

/**
 * Variation margin, a pure function: the cash that marks a position to the settlement price.
 * Each position carries a mark basis in ticks x lots, the sum of signed lots x price of its
 * trades since the last settlement plus the lots it held then at that settlement price; the
 * variation margin is {@code (netLots x price - markBasis) x tickValue}, paid to the holder when
 * positive and by the holder when negative, and the basis becomes {@code netLots x price}. So
 * lots held overnight move by the change of settlement price, lots traded today by the move
 * from their trade price, and since every trade adds the same lots x price to one side's basis
 * as it takes from the other's, the amounts of one contract sum to zero exactly.
 */
public final class VariationMargin {

    private VariationMargin() {
    }

    /** The fen the holder receives (negative: pays) at {@code price} ticks; {@code tickValue} is fen per tick per lot. */
    public static long amount(long netLots, long markBasis, long price, long tickValue) {
        return Math.multiplyExact(Math.subtractExact(markBasis(netLots, price), markBasis), tickValue);
    }

    /** The mark basis after settling at {@code price}. */
    public static long markBasis(long netLots, long price) {
        return Math.multiplyExact(netLots, price);
    }
}
