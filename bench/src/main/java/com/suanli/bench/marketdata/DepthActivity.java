package com.suanli.bench.marketdata;

/** Where in the book a {@link LevelStream}'s changes happen. */
public enum DepthActivity {
    /** Any of the levels alike. */
    UNIFORM,
    /** Distance from the top exponential with a mean of {@link LevelStream#MEAN_LEVELS_FROM_TOP} levels, as in real books. */
    TOP_HEAVY
}
