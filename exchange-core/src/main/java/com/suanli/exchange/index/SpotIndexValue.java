package com.suanli.exchange.index;

import com.suanli.exchange.engine.event.IndexMethod;

import java.util.Objects;

/**
 * One day's index calculation: the value in ticks and how it was found.
 *
 * @param value the index, ticks of the spot contract
 * @param method trades, quotes-adjusted or carried forward
 * @param lots the lots of the trades kept after trimming
 * @param trades the trades kept
 * @param excludedTrades the trades trimmed as outliers
 * @param median the volume-weighted median price of the day's trades, ticks (0 with no trades)
 * @param band the outlier band around the median, ticks (0 with no trades)
 */
public record SpotIndexValue(long value, IndexMethod method, long lots, int trades, int excludedTrades, long median,
                             long band) {

    public SpotIndexValue {
        Objects.requireNonNull(method, "method");
    }
}
