package com.suanli.desk.ui.trading;

import java.util.Arrays;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Lots by price (ticks), lowest price first, in two arrays: one side of an instrument's book, or its volume by price.
 * The folding worker writes a depth event or a print into it for most of a busy market's events and copies it for the
 * FX thread after every batch that moved it ({@link InstrumentMarket#copy()}): as a map of boxed prices and lots that
 * was most of what the worker allocated (a {@code Long} pair for every level written, a map entry for every level
 * copied; PulseProbe's allocation samples, docs/BENCHMARKS.md, branch gc14t); here a write boxes nothing and a copy
 * is two arrays. One thread at a time.
 */
final class PriceLevels {

    private long[] prices;
    private long[] lots;
    private int size;

    PriceLevels() {
        this(new long[8], new long[8], 0);
    }

    private PriceLevels(long[] prices, long[] lots, int size) {
        this.prices = prices;
        this.lots = lots;
        this.size = size;
    }

    /** Equal levels sharing nothing with these, no longer than they need. */
    PriceLevels copy() {
        return new PriceLevels(Arrays.copyOf(prices, size), Arrays.copyOf(lots, size), size);
    }

    /** The lots at {@code price}; 0 when none. */
    long at(long price) {
        int found = Arrays.binarySearch(prices, 0, size, price);
        return found >= 0 ? lots[found] : 0;
    }

    /** {@code quantity} lots at {@code price}, none when 0. */
    void put(long price, long quantity) {
        int found = Arrays.binarySearch(prices, 0, size, price);
        if (found >= 0) {
            if (quantity == 0) {
                System.arraycopy(prices, found + 1, prices, found, size - found - 1);
                System.arraycopy(lots, found + 1, lots, found, size - found - 1);
                size--;
            } else {
                lots[found] = quantity;
            }
        } else if (quantity != 0) {
            insert(-found - 1, price, quantity);
        }
    }

    /** {@code quantity} more lots at {@code price}. */
    void add(long price, long quantity) {
        int found = Arrays.binarySearch(prices, 0, size, price);
        if (found >= 0) {
            lots[found] += quantity;
        } else {
            insert(-found - 1, price, quantity);
        }
    }

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long lowestPrice() {
        return prices[0];
    }

    long highestPrice() {
        return prices[size - 1];
    }

    /** The levels as a map, lowest price first: a copy as of now, read-only; for readers at a human pace. */
    NavigableMap<Long, Long> asMap() {
        NavigableMap<Long, Long> map = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            map.put(prices[i], lots[i]);
        }
        return Collections.unmodifiableNavigableMap(map);
    }

    private void insert(int at, long price, long quantity) {
        if (size == prices.length) {
            prices = Arrays.copyOf(prices, Math.max(8, 2 * size));
            lots = Arrays.copyOf(lots, prices.length);
        }
        System.arraycopy(prices, at, prices, at + 1, size - at);
        System.arraycopy(lots, at, lots, at + 1, size - at);
        prices[at] = price;
        lots[at] = quantity;
        size++;
    }
}
