package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The held stop orders of one instrument. Buy stops trigger when the last trade price rises to
 * their stop price, lowest stop first; sell stops when it falls to theirs, highest first; equal
 * stop prices in acceptance order. When both sides have a triggered stop, the buy side goes first.
 */
final class StopBook {
    private static final Comparator<Order> BY_ID = Comparator.comparingLong(o -> o.id);
    private final TreeSet<Order> buys = new TreeSet<>(Comparator.<Order>comparingLong(o -> o.stopPrice)
            .thenComparingLong(o -> o.id));
    private final TreeSet<Order> sells = new TreeSet<>(Comparator.<Order>comparingLong(o -> -o.stopPrice)
            .thenComparingLong(o -> o.id));
    /**
     * How many stops both sets hold: every instrument a command touched asks for triggered stops,
     * and most hold none, so the answer comes from here rather than from two trees' objects.
     */
    private int held;

    void hold(Order order) {
        if ((order.side == Side.BID ? buys : sells).add(order)) {
            held++;
        }
    }

    void release(Order order) {
        if ((order.side == Side.BID ? buys : sells).remove(order)) {
            held--;
        }
    }

    boolean isEmpty() {
        return held == 0;
    }

    /** Removes and returns the next stop that {@code lastTradePrice} triggers, or null. */
    Order pollTriggered(long lastTradePrice) {
        if (held == 0) {
            return null;
        }
        if (!buys.isEmpty() && buys.first().stopPrice <= lastTradePrice) {
            held--;
            return buys.pollFirst();
        }
        if (!sells.isEmpty() && sells.first().stopPrice >= lastTradePrice) {
            held--;
            return sells.pollFirst();
        }
        return null;
    }

    /** The held stops of {@code account}, in acceptance order (no list is made when none is held). */
    List<Order> heldBy(long account) {
        if (isEmpty()) {
            return List.of();
        }
        List<Order> found = new ArrayList<>();
        for (Order o : buys) {
            if (o.account == account) {
                found.add(o);
            }
        }
        for (Order o : sells) {
            if (o.account == account) {
                found.add(o);
            }
        }
        found.sort(BY_ID);
        return found;
    }

    long stateHash(long h) {
        for (Order o : buys) {
            h = StateHash.mix(h, o.id);
        }
        for (Order o : sells) {
            h = StateHash.mix(h, o.id);
        }
        return h;
    }
}
