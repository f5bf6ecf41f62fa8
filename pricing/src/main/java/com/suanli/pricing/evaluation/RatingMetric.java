package com.suanli.pricing.evaluation;

import com.suanli.exchange.listing.Ratings;

/** A rating a standard compute unit can weigh. */
public enum RatingMetric {
    DENSE_BF16 {
        @Override
        public double of(Ratings ratings) {
            return ratings.denseBf16Tflops();
        }
    },
    /** FP8 throughput; a part without FP8 runs FP8 models at its BF16 rate. */
    FP8 {
        @Override
        public double of(Ratings ratings) {
            return Math.max(ratings.fp8Tflops(), ratings.denseBf16Tflops());
        }
    },
    FP64 {
        @Override
        public double of(Ratings ratings) {
            return ratings.fp64Tflops();
        }
    },
    MEMORY_GB {
        @Override
        public double of(Ratings ratings) {
            return ratings.memoryGb();
        }
    },
    MEMORY_BANDWIDTH {
        @Override
        public double of(Ratings ratings) {
            return ratings.memoryBandwidthTbps();
        }
    },
    CPU_SCORE {
        @Override
        public double of(Ratings ratings) {
            return ratings.cpuScore();
        }
    };

    /** The metric's value for one unit with these ratings. */
    public abstract double of(Ratings ratings);
}
