package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.Side;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One side of aggregated depth, best price first, in three parallel primitive arrays. Depth
 * rarely holds more than a few hundred levels, so a sorted array with binary search and an
 * array copy beats a tree and allocates only when it grows.
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
        return size == 0 ? OrderBook.NO_PRICE : prices[0];
    }

    long bestQuantity() {
        return size == 0 ? 0 : quantities[0];
    }

    int bestOrderCount() {
        return size == 0 ? 0 : orderCounts[0];
    }

    long price(int index) {
        return prices[index];
    }

    long quantity(int index) {
        return quantities[index];
    }

    int orderCount(int index) {
        return orderCounts[index];
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
        if (size == prices.length) {
            int capacity = prices.length * 2;
            prices = Arrays.copyOf(prices, capacity);
            quantities = Arrays.copyOf(quantities, capacity);
            orderCounts = Arrays.copyOf(orderCounts, capacity);
        }
        int tail = size - at;
        System.arraycopy(prices, at, prices, at + 1, tail);
        System.arraycopy(quantities, at, quantities, at + 1, tail);
        System.arraycopy(orderCounts, at, orderCounts, at + 1, tail);
        prices[at] = price;
        quantities[at] = quantity;
        orderCounts[at] = orderCount;
        size++;
    }

    /** Binary search in best-first order: the index, or -(insertion point) - 1. */
    private int find(long price) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midPrice = prices[mid];
            if (midPrice == price) {
                return mid;
            }
            if (isBetter(midPrice, price)) {
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

    void clear() {
        size = 0;
    }

    /** Copies up to {@code maxLevels} levels, best first, into arrays at least that long. @return how many */
    int copy(int maxLevels, long[] toPrices, long[] toQuantities, int[] toOrderCounts) {
        int count = Math.min(maxLevels, size);
        System.arraycopy(prices, 0, toPrices, 0, count);
        System.arraycopy(quantities, 0, toQuantities, 0, count);
        System.arraycopy(orderCounts, 0, toOrderCounts, 0, count);
        return count;
    }

    List<DepthLevel> top(int maxLevels) {
        int count = Math.min(maxLevels, size);
        List<DepthLevel> levels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            levels.add(new DepthLevel(prices[i], quantities[i], orderCounts[i]));
        }
        return List.copyOf(levels);
    }

    /** Replaces the content with {@code levels}, best first without repeats (as a {@link DepthSnapshot} holds them). */
    void load(List<DepthLevel> levels) {
        clear();
        for (DepthLevel level : levels) {
            insert(size, level.price(), level.quantity(), level.orderCount());
        }
    }
}
