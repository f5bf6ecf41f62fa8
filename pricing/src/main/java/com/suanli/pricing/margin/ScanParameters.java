package com.suanli.pricing.margin;

/**
 * How far a SPAN scan reaches.
 *
 * @param holdingDays the days a defaulter's position takes to close out, in business days (CME: 1 or 2)
 * @param confidence the share of price moves over the holding period the scan range covers, 0.5 to 0.9999
 * @param volatilityScan the volatility scan range, an absolute change of the annual lognormal
 *        volatility (0.10 is ten volatility points), 0 to 2
 */
public record ScanParameters(int holdingDays, double confidence, double volatilityScan) {

    /** Business days in a year, to scale an annual volatility to the holding period. */
    public static final double BUSINESS_DAYS_PER_YEAR = 250;

    public ScanParameters {
        if (holdingDays < 1 || holdingDays > 20) {
            throw new IllegalArgumentException("holdingDays: must be 1 to 20, was " + holdingDays);
        }
        if (!(confidence >= 0.5 && confidence <= 0.9999)) {
            throw new IllegalArgumentException("confidence: must be 0.5 to 0.9999, was " + confidence);
        }
        if (!(volatilityScan >= 0 && volatilityScan <= 2)) {
            throw new IllegalArgumentException("volatilityScan: must be 0 to 2, was " + volatilityScan);
        }
    }

    /** Two days at 99%, ten volatility points: the desk's default for compute, whose rents are volatile. */
    public static ScanParameters standard() {
        return new ScanParameters(2, 0.99, 0.10);
    }

    /** The holding period in years. */
    double holdingYears() {
        return holdingDays / BUSINESS_DAYS_PER_YEAR;
    }
}
