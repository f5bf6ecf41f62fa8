package com.suanli.exchange.insurance;

import java.math.BigInteger;
import java.time.LocalDate;

/**
 * The claim formulas, pure and exact in fen (docs/INSURANCE.md, "Claims"). A unit of the product
 * (a GPU-hour) at {@code p} ticks is worth {@code p x tickValue / contractSize} fen, the spot
 * contract's tick value per lot spread over its units; each claim is rounded down to the fen once.
 */
public final class ClaimFormula {

    static final long MINUTE = 60_000;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;
    /** Cover days are Shanghai days (UTC+8, no daylight saving). */
    static final long SHANGHAI_OFFSET = 8 * HOUR;
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

    private ClaimFormula() {
    }

    /** When a Shanghai day begins, epoch milliseconds. */
    public static long dayStart(LocalDate day) {
        return day.toEpochDay() * DAY - SHANGHAI_OFFSET;
    }

    /** The Shanghai day of an instant. */
    public static LocalDate shanghaiDay(long timestamp) {
        return LocalDate.ofEpochDay(Math.floorDiv(timestamp + SHANGHAI_OFFSET, DAY));
    }

    /**
     * The part of an outage from {@code start} to {@code end} inside the cover, from {@code coverFrom}
     * (epoch ms) to the end of {@code lastDay}, less the deductible, milliseconds (0 when the outage
     * lies outside or within the deductible).
     */
    public static long payableMillis(long start, long end, long coverFrom, LocalDate lastDay, long deductibleMinutes) {
        long from = Math.max(start, coverFrom);
        long to = Math.min(end, dayStart(lastDay.plusDays(1)));
        return Math.max(0, to - from - deductibleMinutes * MINUTE);
    }

    /** When a cover written at {@code writtenAt} from {@code firstDay} begins: never before it was written. */
    public static long coverFrom(LocalDate firstDay, long writtenAt) {
        return Math.max(dayStart(firstDay), writtenAt);
    }

    /**
     * An outage cover's loss, fen: the holder's {@code units} GPUs lose the hub's share offline
     * ({@code unitsOffline / hubUnits}) for the payable hours, each lost GPU-hour replaced at the
     * index {@code unitPrice}: floor(units x unitsOffline x payableMillis x unitPrice x tickValue /
     * (hubUnits x 3,600,000 x contractSize)). Saturates at {@code Long.MAX_VALUE} (beyond any limit).
     */
    public static long outageLoss(long units, long unitsOffline, long hubUnits, long payableMillis, long unitPrice,
                                  long tickValue, long contractSize) {
        BigInteger numerator = BigInteger.valueOf(units).multiply(BigInteger.valueOf(unitsOffline))
                .multiply(BigInteger.valueOf(payableMillis)).multiply(BigInteger.valueOf(unitPrice))
                .multiply(BigInteger.valueOf(tickValue));
        BigInteger denominator = BigInteger.valueOf(hubUnits).multiply(BigInteger.valueOf(HOUR))
                .multiply(BigInteger.valueOf(contractSize));
        return numerator.divide(denominator).min(MAX_LONG).longValueExact();
    }

    /**
     * A price-spike cap's loss for one day, fen: the fixing above the strike on the day's
     * {@code units} GPU-hours, floor((fixing - strike)+ x units x tickValue / contractSize).
     */
    public static long capLoss(long fixing, long strike, long units, long tickValue, long contractSize) {
        if (fixing <= strike) {
            return 0;
        }
        return Math.multiplyExact(Math.multiplyExact(fixing - strike, units), tickValue) / contractSize;
    }
}
