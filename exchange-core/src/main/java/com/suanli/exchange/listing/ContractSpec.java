package com.suanli.exchange.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The terms of one listed instrument: what is delivered, where, when, and the trading rules the
 * engine enforces. Prices on the wire are {@code long} ticks of {@link #tickSize()} CNY per unit;
 * quantities are {@code long} lots of {@link #contractSize()} units.
 *
 * <p>Bounds decided here, once, so that the engine's arithmetic cannot overflow: every price any
 * order, quote or reference carries lies in 1..{@link #MAX_PRICE_TICKS} ticks (the range a book's
 * price ladder holds whole); an order carries at most {@link #MAX_ORDER_LOTS} lots, so the
 * quantity summed over a price level fits in a {@code long}; and the largest order at the highest
 * price, in ticks x units ({@code MAX_PRICE_TICKS x maxOrderLots x contractSize}), fits in a
 * {@code long}, so the notional of any trade does too.
 *
 * @param instrumentId the engine's id, &gt; 0, unique in a catalogue
 * @param symbol the {@link Symbol} text; must match product, hub, green, kind and delivery month
 * @param product what is delivered
 * @param hub where it is delivered
 * @param green whether the capacity is certified renewable-powered
 * @param kind spot or future
 * @param deliveryMonth the month a future delivers over; null for spot
 * @param settlement cash against the exchange index, or physical delivery
 * @param contractSize units per lot, e.g. 1000 GPU-hours
 * @param tickSize CNY per unit per tick, e.g. 0.01; kept without trailing zeros
 * @param lotSize the quantity step, in lots
 * @param maxOrderLots the largest quantity one order may carry, a multiple of {@code lotSize}, at most
 *        {@link #MAX_ORDER_LOTS}
 * @param priceBandBps half-width of the daily price band around the reference price, 1 to 10000 bp
 * @param referencePriceTicks the reference price the first day's band is built around, 1 to {@link #MAX_PRICE_TICKS}
 * @param firstTradingDay the first day orders are accepted
 * @param lastTradingDay the last day orders are accepted
 * @param expiry the day the contract ends (settles or has delivered); not before the last trading day
 */
public record ContractSpec(int instrumentId, String symbol, ComputeProduct product, Hub hub, boolean green,
                           ContractKind kind, YearMonth deliveryMonth, Settlement settlement, long contractSize,
                           BigDecimal tickSize, long lotSize, long maxOrderLots, int priceBandBps,
                           long referencePriceTicks, LocalDate firstTradingDay, LocalDate lastTradingDay,
                           LocalDate expiry) {

    /** One basis point is 1/10000. */
    public static final int BPS_PER_UNIT = 10_000;
    /**
     * The highest price in ticks of any contract: 4,194,304 ticks (41,943.04 CNY per unit at a
     * 0.01 tick), about a thousand times the listed prices. A book's price ladder holds every
     * price from 1 to this on one side at once, so no resting order can fall outside it.
     */
    public static final long MAX_PRICE_TICKS = 1L << 22;
    /**
     * The largest {@link #maxOrderLots()} of any contract: 2^31 - 1 lots. A book holds fewer than
     * 2^31 orders, so the open quantity of a price level, a sum over its orders, fits in a long.
     */
    public static final long MAX_ORDER_LOTS = Integer.MAX_VALUE;

    public ContractSpec {
        if (instrumentId <= 0) {
            throw new IllegalArgumentException("instrumentId: must be > 0, was " + instrumentId);
        }
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(firstTradingDay, "firstTradingDay");
        Objects.requireNonNull(lastTradingDay, "lastTradingDay");
        Objects.requireNonNull(expiry, "expiry");
        String expected = new Symbol(product.code(), hub, green, kind, deliveryMonth).toString();
        if (!expected.equals(symbol)) {
            throw new IllegalArgumentException("symbol: '" + symbol + "' does not match the contract terms, expected '"
                    + expected + "'");
        }
        TradingTerms.require(symbol, contractSize, tickSize, lotSize, maxOrderLots, priceBandBps);
        tickSize = TradingTerms.normalTick(tickSize);
        TradingTerms.requirePrice(symbol, "referencePriceTicks", referencePriceTicks);
        if (lastTradingDay.isBefore(firstTradingDay)) {
            throw new IllegalArgumentException("lastTradingDay: " + lastTradingDay + " is before firstTradingDay "
                    + firstTradingDay + " (" + symbol + ")");
        }
        if (expiry.isBefore(lastTradingDay)) {
            throw new IllegalArgumentException("expiry: " + expiry + " is before lastTradingDay " + lastTradingDay
                    + " (" + symbol + ")");
        }
        if (kind == ContractKind.FUTURE && !lastTradingDay.isBefore(deliveryMonth.atDay(1))) {
            throw new IllegalArgumentException("lastTradingDay: " + lastTradingDay + " must be before the delivery month "
                    + deliveryMonth + " starts (" + symbol + ")");
        }
    }

    /** The same contract around a new reference price, e.g. the last settlement price for the next day's band. */
    public ContractSpec withReferencePriceTicks(long newReferencePriceTicks) {
        return new ContractSpec(instrumentId, symbol, product, hub, green, kind, deliveryMonth, settlement, contractSize,
                tickSize, lotSize, maxOrderLots, priceBandBps, newReferencePriceTicks, firstTradingDay, lastTradingDay,
                expiry);
    }

    /** The parsed form of {@link #symbol()}. */
    public Symbol parsedSymbol() {
        return new Symbol(product.code(), hub, green, kind, deliveryMonth);
    }

    /** The delivery unit of the product, e.g. GPU-hours. */
    public ComputeUnit unit() {
        return product.unit();
    }

    /**
     * The price in ticks, exactly.
     * @throws IllegalArgumentException naming the field {@code price} when it is off-tick or out of range
     */
    public long toTicks(BigDecimal price) {
        Objects.requireNonNull(price, "price");
        BigDecimal[] quotientAndRemainder = price.divideAndRemainder(tickSize);
        if (quotientAndRemainder[1].signum() != 0) {
            throw new IllegalArgumentException("price: " + price.toPlainString() + " is not a multiple of tickSize "
                    + tickSize.toPlainString() + " (" + symbol + ")");
        }
        try {
            return quotientAndRemainder[0].longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("price: " + price.toPlainString() + " is out of the range of ticks ("
                    + symbol + ")", e);
        }
    }

    /**
     * What one tick is worth on one lot, in fen: {@code contractSize} units x {@code tickSize} CNY x 100, or
     * -1 when that is not a whole number of fen (clearing refuses such a contract at listing).
     */
    public long tickValueFen() {
        BigDecimal fen = tickSize.multiply(BigDecimal.valueOf(contractSize)).movePointRight(2);
        try {
            return fen.stripTrailingZeros().scale() > 0 ? -1 : fen.longValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /** The price of {@code ticks}, in CNY per unit, at the scale of the tick size. */
    public BigDecimal toPrice(long ticks) {
        return tickSize.multiply(BigDecimal.valueOf(ticks));
    }

    /**
     * The lowest price in ticks accepted on a day whose reference is {@code refTicks}: the band's
     * half-width is rounded down to whole ticks (a band never wider than stated), and the floor is one tick.
     * @throws IllegalArgumentException when {@code refTicks} is not 1..{@link #MAX_PRICE_TICKS}
     */
    public long bandLowTicks(long refTicks) {
        return Math.max(1, refTicks - bandHalfWidthTicks(refTicks));
    }

    /**
     * The highest price in ticks accepted on a day whose reference is {@code refTicks}; never above
     * {@link #MAX_PRICE_TICKS}.
     * @throws IllegalArgumentException when {@code refTicks} is not 1..{@link #MAX_PRICE_TICKS}
     */
    public long bandHighTicks(long refTicks) {
        return Math.min(MAX_PRICE_TICKS, refTicks + bandHalfWidthTicks(refTicks));
    }

    private long bandHalfWidthTicks(long refTicks) {
        if (refTicks <= 0 || refTicks > MAX_PRICE_TICKS) {
            throw new IllegalArgumentException("refTicks: must be 1 to " + MAX_PRICE_TICKS + ", was " + refTicks
                    + " (" + symbol + ")");
        }
        // At most 2^22 x 10^4: no overflow.
        return refTicks * priceBandBps / BPS_PER_UNIT;
    }

    /** Whether orders are accepted on {@code day}: a business day within the trading period. */
    public boolean isTradable(LocalDate day) {
        return !day.isBefore(firstTradingDay) && !day.isAfter(lastTradingDay) && BusinessDays.isBusinessDay(day);
    }
}
