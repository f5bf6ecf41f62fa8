package com.suanli.gateway.market;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.marketdata.DepthLevel;
import com.suanli.exchange.marketdata.DepthSnapshot;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * One instrument's displayed depth as the gateway keeps it from the events, best first on each side, with
 * the depth sequence it has reached (the engine's {@code DepthChanged} are gap-free per instrument).
 */
final class Levels {

    final TreeMap<Long, DepthLevel> bids = new TreeMap<>(Comparator.reverseOrder());
    final TreeMap<Long, DepthLevel> asks = new TreeMap<>();
    long depthSequence;

    Levels(DepthSnapshot snapshot) {
        snapshot.bids().forEach(level -> bids.put(level.price(), level));
        snapshot.asks().forEach(level -> asks.put(level.price(), level));
        depthSequence = snapshot.seq();
    }

    TreeMap<Long, DepthLevel> side(Side side) {
        return side == Side.BID ? bids : asks;
    }

    /** Sets a level (quantity 0 removes it); answers whether the level was there before. */
    boolean set(Side side, long price, long quantity, int orders) {
        TreeMap<Long, DepthLevel> levels = side(side);
        return quantity == 0 ? levels.remove(price) != null
                : levels.put(price, new DepthLevel(price, quantity, orders)) != null;
    }

    /** The best {@code depth} levels of a side; 0 for all. */
    List<DepthLevel> top(Side side, int depth) {
        return side(side).values().stream().limit(depth == 0 ? Long.MAX_VALUE : depth).toList();
    }
}
