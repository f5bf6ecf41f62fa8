package com.suanli.pricing.evaluation;

import com.suanli.exchange.listing.Ratings;
import java.util.function.ToDoubleFunction;

/** A rating a standard compute unit can weigh. */
public enum RatingMetric {
    DENSE_BF16(Ratings::denseBf16Tflops),
    /** FP8 throughput; a part without FP8 runs FP8 models at its BF16 rate. */
    FP8(ratings -> Math.max(ratings.fp8Tflops(), ratings.denseBf16Tflops())),
    FP64(Ratings::fp64Tflops),
    MEMORY_GB(Ratings::memoryGb),
    MEMORY_BANDWIDTH(Ratings::memoryBandwidthTbps),
    CPU_SCORE(Ratings::cpuScore);

    private final ToDoubleFunction<Ratings> reading;

    RatingMetric(ToDoubleFunction<Ratings> reading) {
        this.reading = reading;
    }

    /** The metric's value for one unit with these ratings. */
    public double of(Ratings ratings) {
        return reading.applyAsDouble(ratings);
    }
}
