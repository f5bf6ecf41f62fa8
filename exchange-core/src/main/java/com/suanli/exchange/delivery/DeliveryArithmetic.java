package com.suanli.exchange.delivery;

import java.math.BigInteger;

/**
 * The exact amounts of a delivery, each a function of the running total of units so far, so that
 * a delivery reported in many pieces pays, penalises and certifies exactly what one report of the
 * whole would: each report moves the difference between the totals after and before it. Values
 * are rounded down to whole fen, grams and certificates; a unit is worth {@code price x tickValue
 * / contractSize} fen, so a whole delivery pays {@code lots x price x tickValue} exactly.
 * Intermediates go through {@link BigInteger} (a delivery report is rare, never on the trade
 * path); every result is bounded by the obligation's value, at most 2^62 fen.
 */
public final class DeliveryArithmetic {

    /** Milliwatt-hours in one MWh, the energy of one renewable certificate. */
    public static final long MILLI_WH_PER_MWH = 1_000_000_000L;

    private DeliveryArithmetic() {
    }

    /** The fen for {@code units} delivered at {@code price} ticks a unit. */
    public static long value(long units, long price, long tickValue, long contractSize) {
        return BigInteger.valueOf(units).multiply(BigInteger.valueOf(price)).multiply(BigInteger.valueOf(tickValue))
                .divide(BigInteger.valueOf(contractSize)).longValueExact();
    }

    /** The penalty in fen on {@code units} that failed: {@code penaltyBps} of their value, rounded down. */
    public static long penalty(long units, long price, long tickValue, long contractSize, int penaltyBps) {
        return BigInteger.valueOf(units).multiply(BigInteger.valueOf(price)).multiply(BigInteger.valueOf(tickValue))
                .multiply(BigInteger.valueOf(penaltyBps))
                .divide(BigInteger.valueOf(contractSize).multiply(BigInteger.valueOf(10_000))).longValueExact();
    }

    /** Grams CO2e of {@code energyMilliWh} on a grid of {@code gramsPerMwh}, rounded down. */
    public static long grams(long energyMilliWh, long gramsPerMwh) {
        return BigInteger.valueOf(energyMilliWh).multiply(BigInteger.valueOf(gramsPerMwh))
                .divide(BigInteger.valueOf(MILLI_WH_PER_MWH)).longValueExact();
    }

    /** Whole certificates in {@code energyMilliWh} of renewable energy: one per MWh. */
    public static long certificates(long energyMilliWh) {
        return energyMilliWh / MILLI_WH_PER_MWH;
    }
}
