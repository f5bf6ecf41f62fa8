package com.suanli.pricing.insurance;

/**
 * Terms of an outage / failed-delivery cover: over {@code termDays} it pays the cost of
 * replacing lost GPU-hours, each event after a per-event deductible and up to a per-event
 * limit, and the term's total after an aggregate deductible and up to an aggregate limit.
 * Money is in the currency of the replacement price (CNY); an infinite limit means no limit.
 */
public record OutageCover(
        int termDays,
        double perEventDeductible,
        double perEventLimit,
        double aggregateDeductible,
        double aggregateLimit) {

    public OutageCover {
        if (termDays <= 0) {
            throw new IllegalArgumentException("termDays: must be positive, was " + termDays);
        }
        requireDeductible("perEventDeductible", perEventDeductible);
        requireLimit("perEventLimit", perEventLimit);
        requireDeductible("aggregateDeductible", aggregateDeductible);
        requireLimit("aggregateLimit", aggregateLimit);
    }

    /** Cover without deductibles or limits: pays the whole replacement cost. */
    public static OutageCover unlimited(int termDays) {
        return new OutageCover(termDays, 0.0, Double.POSITIVE_INFINITY, 0.0, Double.POSITIVE_INFINITY);
    }

    public OutageCover withPerEvent(double deductible, double limit) {
        return new OutageCover(termDays, deductible, limit, aggregateDeductible, aggregateLimit);
    }

    public OutageCover withAggregate(double deductible, double limit) {
        return new OutageCover(termDays, perEventDeductible, perEventLimit, deductible, limit);
    }

    /** What the cover pays for one event of replacement cost {@code loss}. */
    public double perEventPayout(double loss) {
        return layer(loss, perEventDeductible, perEventLimit);
    }

    /** What the cover pays over the term given the sum of per-event payouts. */
    public double aggregatePayout(double sumOfEventPayouts) {
        return layer(sumOfEventPayouts, aggregateDeductible, aggregateLimit);
    }

    static double layer(double loss, double deductible, double limit) {
        return Math.min(Math.max(loss - deductible, 0.0), limit);
    }

    private static void requireDeductible(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be finite and not negative, was " + value);
        }
    }

    private static void requireLimit(String field, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(field + ": must be positive (infinite for none), was " + value);
        }
    }
}
