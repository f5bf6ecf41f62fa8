package com.suanli.exchange.listing;

import java.math.BigDecimal;
import java.util.Objects;

/** The checks on lot and tick terms shared by a contract and the listing terms it is generated from. */
final class TradingTerms {

    private TradingTerms() {
    }

    /** Checks the terms; {@code context} names the contract or product in messages. */
    static void require(String context, long contractSize, BigDecimal tickSize, long lotSize, long maxOrderLots,
                        int priceBandBps) {
        requirePositive(context, "contractSize", contractSize);
        Objects.requireNonNull(tickSize, "tickSize");
        if (tickSize.signum() <= 0) {
            throw new IllegalArgumentException("tickSize: must be > 0, was " + tickSize.toPlainString() + " (" + context + ")");
        }
        requirePositive(context, "lotSize", lotSize);
        requirePositive(context, "maxOrderLots", maxOrderLots);
        if (maxOrderLots % lotSize != 0) {
            throw new IllegalArgumentException("maxOrderLots: " + maxOrderLots + " must be a multiple of lotSize "
                    + lotSize + " (" + context + ")");
        }
        if (maxOrderLots > ContractSpec.MAX_ORDER_LOTS) {
            throw new IllegalArgumentException("maxOrderLots: must be at most " + ContractSpec.MAX_ORDER_LOTS + ", was "
                    + maxOrderLots + " (" + context + ")");
        }
        try {
            Math.multiplyExact(Math.multiplyExact(ContractSpec.MAX_PRICE_TICKS, maxOrderLots), contractSize);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("maxOrderLots: " + maxOrderLots + " lots of " + contractSize
                    + " units at the highest price of " + ContractSpec.MAX_PRICE_TICKS
                    + " ticks is a notional beyond the range of a long (" + context + ")");
        }
        if (priceBandBps < 1 || priceBandBps > ContractSpec.BPS_PER_UNIT) {
            throw new IllegalArgumentException("priceBandBps: must be 1 to " + ContractSpec.BPS_PER_UNIT + ", was "
                    + priceBandBps + " (" + context + ")");
        }
    }

    /** A price in ticks that a book can hold: 1 to {@link ContractSpec#MAX_PRICE_TICKS}. */
    static void requirePrice(String context, String field, long ticks) {
        if (ticks <= 0 || ticks > ContractSpec.MAX_PRICE_TICKS) {
            throw new IllegalArgumentException(field + ": must be 1 to " + ContractSpec.MAX_PRICE_TICKS + " ticks, was "
                    + ticks + " (" + context + ")");
        }
    }

    static void requirePositive(String context, String field, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + ": must be > 0, was " + value + " (" + context + ")");
        }
    }

    /**
     * The tick without trailing zeros, so that {@code 0.01} and {@code 0.010} make equal contracts,
     * and never at a negative scale, so that prices print plainly.
     */
    static BigDecimal normalTick(BigDecimal tickSize) {
        BigDecimal stripped = tickSize.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
