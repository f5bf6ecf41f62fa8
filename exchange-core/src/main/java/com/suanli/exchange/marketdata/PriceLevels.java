package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.Side;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One side of aggregated depth in three parallel primitive arrays sorted worst price first, so
 * the best level is the last element. Depth rarely holds more than a few hundred levels and nearly
 * all changes happen near the top of the book, where an insertion or removal moves only the few
 * elements after it: a sorted array with binary search beats a tree and allocates only when it grows.
 */
final class PriceLevels {

    private static final int INITIAL_CAPACITY = 64;

    private final Side side;
    private long[] prices = new long[INITIAL_CAPACITY];
    private long[] quantities = new long[INITIAL_CAPACITY];
    private int[] orderCounts = new int[INITIAL_CAPACITY];
    private int size;

    PriceLevels(Side side) {
        this.side = side;
    }

    int size() {
        return size;
    }

    long bestPrice() {
        return size == 0 ? OrderBook.NO_PRICE : prices[size - 1];
    }

    long bestQuantity() {
        return size == 0 ? 0 : quantities[size - 1];
    }

    int bestOrderCount() {
        return size == 0 ? 0 : orderCounts[size - 1];
    }

    /** Whether a level is at {@code price}. */
    boolean contains(long price) {
        return find(price) >= 0;
    }

    /** The quantity at {@code price}, 0 when there is no level. */
    long quantityAt(long price) {
        int index = find(price);
        return index < 0 ? 0 : quantities[index];
    }

    /**
     * Checks a level change: a positive price, and a level either present (quantity and orders both
     * positive) or gone (both zero).
     */
    static void requireLevel(Side side, long price, long quantity, int orderCount) {
        if (side == null) {
            throw new IllegalArgumentException("side: must not be null");
        }
        if (price <= 0) {
            throw new IllegalArgumentException("price: must be > 0 ticks, was " + price);
        }
        if (quantity < 0 || orderCount < 0 || (quantity == 0) != (orderCount == 0)) {
            throw new IllegalArgumentException("quantity/orderCount: must be both > 0 (a level) or both 0 (level gone), was "
                    + quantity + "/" + orderCount + " at " + side + " " + price);
        }
    }

    /** Sets the level at {@code price}; a zero {@code orderCount} removes it, if it is there. */
    void set(long price, long quantity, int orderCount) {
        int index = find(price);
        if (orderCount == 0) {
            if (index < 0) {
                return;
            }
            int tail = size - index - 1;
            System.arraycopy(prices, index + 1, prices, index, tail);
            System.arraycopy(quantities, index + 1, quantities, index, tail);
            System.arraycopy(orderCounts, index + 1, orderCounts, index, tail);
            size--;
        } else if (index >= 0) {
            quantities[index] = quantity;
            orderCounts[index] = orderCount;
        } else {
            insert(-index - 1, price, quantity, orderCount);
        }
    }

    private void insert(int at, long price, long quantity, int orderCount) {
        ensureCapacity(size + 1);
        int tail = size - at;
        System.arraycopy(prices, at, prices, at + 1, tail);
        System.arraycopy(quantities, at, quantities, at + 1, tail);
        System.arraycopy(orderCounts, at, orderCounts, at + 1, tail);
        prices[at] = price;
        quantities[at] = quantity;
        orderCounts[at] = orderCount;
        size++;
    }

    private void ensureCapacity(int capacity) {
        if (capacity > prices.length) {
            int grown = Math.max(capacity, prices.length * 2);
            prices = Arrays.copyOf(prices, grown);
            quantities = Arrays.copyOf(quantities, grown);
            orderCounts = Arrays.copyOf(orderCounts, grown);
        }
    }

    /** Binary search in worst-first order: the index, or -(insertion point) - 1. */
    private int find(long price) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midPrice = prices[mid];
            if (midPrice == price) {
                return mid;
            }
            if (isBetter(price, midPrice)) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -(low + 1);
    }

    private boolean isBetter(long price, long than) {
        return side == Side.BID ? price > than : price < than;
    }

    /** Copies up to {@code maxLevels} levels, best first, into arrays at least that long. @return how many */
    int copy(int maxLevels, long[] toPrices, long[] toQuantities, int[] toOrderCounts) {
        int count = Math.min(maxLevels, size);
        for (int rank = 0; rank < count; rank++) {
            int at = size - 1 - rank;
            toPrices[rank] = prices[at];
            toQuantities[rank] = quantities[at];
            toOrderCounts[rank] = orderCounts[at];
        }
        return count;
    }

    /** Up to {@code maxLevels} levels, best first. */
    List<DepthLevel> top(int maxLevels) {
        int count = Math.min(maxLevels, size);
        List<DepthLevel> levels = new ArrayList<>(count);
        for (int rank = 0; rank < count; rank++) {
            int at = size - 1 - rank;
            levels.add(new DepthLevel(prices[at], quantities[at], orderCounts[at]));
        }
        return List.copyOf(levels);
    }

    /** Replaces the content with {@code levels}, best first without repeats (as a {@link DepthSnapshot} holds them). */
    void load(List<DepthLevel> levels) {
        ensureCapacity(levels.size());
        size = levels.size();
        for (int rank = 0; rank < size; rank++) {
            DepthLevel level = levels.get(rank);
            int at = size - 1 - rank;
            prices[at] = level.price();
            quantities[at] = level.quantity();
            orderCounts[at] = level.orderCount();
        }
    }
}
