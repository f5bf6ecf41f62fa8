package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.Side;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The most recent trades of one instrument in a fixed-size ring of primitive arrays: recording a
 * trade overwrites the oldest once the ring is full. The arrays start small and double until they
 * reach the capacity; after that recording allocates nothing. Ages count back from
 * the newest trade (age 0).
 */
public final class TradeTape {

    /** Arrays start small and double up to this, so an instrument that never trades costs little. */
    private static final int INITIAL_LENGTH = 16;

    private final int capacity;
    private long[] seqs;
    private long[] times;
    private long[] prices;
    private long[] quantities;
    private Side[] aggressors;
    private long recorded;

    public TradeTape(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity: must be > 0, was " + capacity);
        }
        this.capacity = capacity;
        int length = Math.min(capacity, INITIAL_LENGTH);
        seqs = new long[length];
        times = new long[length];
        prices = new long[length];
        quantities = new long[length];
        aggressors = new Side[length];
    }

    private void grow(int length) {
        seqs = Arrays.copyOf(seqs, length);
        times = Arrays.copyOf(times, length);
        prices = Arrays.copyOf(prices, length);
        quantities = Arrays.copyOf(quantities, length);
        aggressors = Arrays.copyOf(aggressors, length);
    }

    /**
     * Records a trade. Checked whole before anything changes.
     * @throws IllegalArgumentException when the trade is malformed, its {@code seq} is not after the
     *         last trade's or its time is before the last trade's
     */
    public void record(long seq, long timeMillis, long price, long quantity, Side aggressor) {
        TapeTrade.requireTrade(price, quantity, aggressor);
        if (recorded > 0) {
            int newest = slot(0);
            if (seq <= seqs[newest]) {
                throw new IllegalArgumentException("seq: " + seq + " is not after the last trade's " + seqs[newest]);
            }
            if (timeMillis < times[newest]) {
                throw new IllegalArgumentException("timeMillis: " + timeMillis + " is before the last trade's "
                        + times[newest]);
            }
        }
        // Until the ring first fills, trades land in order, so growing keeps every slot in place.
        if (recorded == seqs.length && recorded < capacity) {
            grow((int) Math.min(capacity, recorded * 2));
        }
        int at = (int) (recorded % capacity);
        seqs[at] = seq;
        times[at] = timeMillis;
        prices[at] = price;
        quantities[at] = quantity;
        aggressors[at] = aggressor;
        recorded++;
    }

    /**
     * Fills an empty tape with the trades a snapshot kept ({@link #recent}, oldest first here) and
     * the count of trades ever recorded, so that it reads as the tape it was taken from.
     * @throws IllegalStateException when the tape is not empty
     * @throws IllegalArgumentException when the trades are more than the capacity or the count, or out of order
     */
    public void restore(List<TapeTrade> oldestFirst, long recordedCount) {
        if (recorded != 0) {
            throw new IllegalStateException("tape: restore needs an empty tape, this one recorded " + recorded);
        }
        int n = oldestFirst.size();
        if (n > capacity || n > recordedCount || n < Math.min(recordedCount, capacity)) {
            throw new IllegalArgumentException("recordedCount: " + n + " trades cannot be the newest of "
                    + recordedCount + " on a tape of " + capacity);
        }
        // A ring that has wrapped keeps its slots where they were: full length from the start.
        if (recordedCount > n) {
            grow(capacity);
        }
        recorded = recordedCount - n;
        for (TapeTrade t : oldestFirst) {
            record(t.seq(), t.timeMillis(), t.price(), t.quantity(), t.aggressor());
        }
    }

    public int capacity() {
        return capacity;
    }

    /** How many trades the tape holds now, at most its capacity. */
    public int size() {
        return (int) Math.min(recorded, capacity);
    }

    /** How many trades were ever recorded. */
    public long recordedCount() {
        return recorded;
    }

    /** The last trade's price in ticks, or {@link OrderBook#NO_PRICE} before the first trade. */
    public long lastPrice() {
        return recorded == 0 ? OrderBook.NO_PRICE : prices[slot(0)];
    }

    /** The trade {@code age} trades back from the newest (0). */
    public TapeTrade get(int age) {
        int at = slot(age);
        return new TapeTrade(seqs[at], times[at], prices[at], quantities[at], aggressors[at]);
    }

    /** Up to {@code count} trades, newest first. */
    public List<TapeTrade> recent(int count) {
        int n = Math.min(count, size());
        List<TapeTrade> trades = new ArrayList<>(n);
        for (int age = 0; age < n; age++) {
            trades.add(get(age));
        }
        return List.copyOf(trades);
    }

    private int slot(int age) {
        if (age < 0 || age >= size()) {
            throw new IndexOutOfBoundsException("age: " + age + " is outside the tape's " + size() + " trades");
        }
        return (int) ((recorded - 1 - age) % capacity);
    }
}
