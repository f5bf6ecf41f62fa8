package com.suanli.pricing.model;

/**
 * The calibrated parameters in the optimiser's order, with the scale it searches on and the
 * range where the model holds and the daily data can tell the parameter apart. An estimate
 * at the edge of its range is no maximum of the likelihood: the calibration refuses it and
 * says what the data lacks ({@link #lowEdge}, {@link #highEdge}).
 */
enum SpotParameter {
    LONG_RUN_MEAN("longRunMean", false, -20, 20, "", ""),
    KAPPA("kappa", true, 0.01, 1000,
            "no mean reversion in the data (it wanders like a random walk)",
            "it reverts faster than it is sampled"),
    SIGMA("sigma", true, 1e-4, 20,
            "no day-to-day noise besides the trend, the season and the jumps",
            "volatility beyond 2000% a year"),
    OBSOLESCENCE_RATE("obsolescenceRate", false, -5, 5, "", ""),
    SEASONAL_COS("seasonalCos", false, -5, 5, "", ""),
    SEASONAL_SIN("seasonalSin", false, -5, 5, "", ""),
    /** The upper edge is set by the data's step: see {@link #maxIntensity}. */
    INTENSITY("jumps.intensity", true, 1e-3, Double.NaN,
            "almost no jumps",
            "jumps in more than one step in ten: too frequent to tell from the diffusion, and more than the"
                    + " likelihood's zero to two jumps a step"),
    MEAN_SIZE("jumps.meanSize", false, -5, 5, "", ""),
    SIZE_STD("jumps.sizeStd", true, 1e-4, 5,
            "jumps all of one size",
            "jumps of more than 500% in log price");

    static final int WITHOUT_JUMPS = 6;
    static final int WITH_JUMPS = 9;
    /** The likelihood allows up to two jumps a step, so one in ten steps is as often as they may come. */
    private static final double MAX_JUMPS_PER_STEP = 0.1;

    private final String field;
    private final boolean logScale;
    private final double lower;
    private final double upper;
    private final String lowEdge;
    private final String highEdge;

    SpotParameter(String field, boolean logScale, double lower, double upper, String lowEdge, String highEdge) {
        this.field = field;
        this.logScale = logScale;
        this.lower = lower;
        this.upper = upper;
        this.lowEdge = lowEdge;
        this.highEdge = highEdge;
    }

    /** The parameter as the model names it, e.g. {@code jumps.intensity}. */
    String field() {
        return field;
    }

    /** Jumps per year at most for data observed every {@code meanStep} years. */
    static double maxIntensity(double meanStep) {
        return MAX_JUMPS_PER_STEP / meanStep;
    }

    /** The lower edge on the optimiser's scale. */
    double lowerBound() {
        return onScale(lower);
    }

    /** The upper edge on the optimiser's scale, for data observed every {@code meanStep} years. */
    double upperBound(double meanStep) {
        return onScale(this == INTENSITY ? maxIntensity(meanStep) : upper);
    }

    /** The natural value of an optimiser coordinate. */
    double value(double coordinate) {
        return logScale ? Math.exp(coordinate) : coordinate;
    }

    /** d value / d coordinate: turns a standard error on the optimiser's scale into one on the natural scale. */
    double slope(double coordinate) {
        return logScale ? Math.exp(coordinate) : 1.0;
    }

    private double onScale(double value) {
        return logScale ? Math.log(value) : value;
    }

    /** Why an estimate at the lower (or upper) edge is no estimate: what the data lacks. */
    String edgeReason(boolean lowerEdge) {
        String reason = lowerEdge ? lowEdge : highEdge;
        return reason.isEmpty() ? "far outside what compute rents do" : reason;
    }
}
