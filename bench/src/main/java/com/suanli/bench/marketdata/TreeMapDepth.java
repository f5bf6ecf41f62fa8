package com.suanli.bench.marketdata;

import com.suanli.exchange.book.Side;

import java.util.Collections;
import java.util.TreeMap;

/** The obvious aggregated depth, a sorted map per side: the comparison for {@code DepthBook}. */
final class TreeMapDepth {

    /** Quantity and order count of one level. */
    record Level(long quantity, int orderCount) {
    }

    private final TreeMap<Long, Level> bids = new TreeMap<>(Collections.reverseOrder());
    private final TreeMap<Long, Level> asks = new TreeMap<>();

    /** @return whether the best level of the side changed */
    boolean update(Side side, long price, long quantity, int orderCount) {
        TreeMap<Long, Level> levels = side == Side.BID ? bids : asks;
        Long before = levels.isEmpty() ? null : levels.firstKey();
        if (orderCount == 0) {
            levels.remove(price);
        } else {
            levels.put(price, new Level(quantity, orderCount));
        }
        return before == null || before == price || !before.equals(levels.isEmpty() ? null : levels.firstKey());
    }
}
