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

    /**
     * A trade's fields side by side, {@value #STRIDE} longs a trade, so recording one writes one
     * or two cache lines rather than one in each of five arrays.
     */
    private static final int STRIDE = 5;
    private static final int SEQ = 0;
    private static final int TIME = 1;
    private static final int PRICE = 2;
    private static final int QUANTITY = 3;
    private static final int AGGRESSOR = 4;
    private static final Side[] SIDES = Side.values();

    private final int capacity;
    /** Trade {@code i}'s fields from {@code i * STRIDE}; the aggressor as its ordinal. */
    private long[] trades;
    /** How many trades {@link #trades} holds before it next grows. */
    private int length;
    private long recorded;
    /** Where the newest trade's fields start, and where the next trade's will. */
    private int newest;
    private int next;

    public TradeTape(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity: must be > 0, was " + capacity);
        }
        this.capacity = capacity;
        length = Math.min(capacity, INITIAL_LENGTH);
        trades = new long[length * STRIDE];
    }

    /** Takes the whole capacity now, so that recording never grows the tape (a fresh engine's tables sized before trading). */
    public void reserve() {
        if (length < capacity) {
            grow(capacity);
        }
    }

    private void grow(int newLength) {
        length = newLength;
        trades = Arrays.copyOf(trades, newLength * STRIDE);
    }

    /**
     * Records a trade. Checked whole before anything changes.
     * @throws IllegalArgumentException when the trade is malformed, its {@code seq} is not after the
     *         last trade's or its time is before the last trade's
     */
    public void record(long seq, long timeMillis, long price, long quantity, Side aggressor) {
        TapeTrade.requireTrade(price, quantity, aggressor);
        if (recorded > 0) {
            long last = trades[newest + SEQ];
            if (seq <= last) {
                throw new IllegalArgumentException("seq: " + seq + " is not after the last trade's " + last);
            }
            if (timeMillis < trades[newest + TIME]) {
                throw new IllegalArgumentException("timeMillis: " + timeMillis + " is before the last trade's "
                        + trades[newest + TIME]);
            }
        }
        // Until the ring first fills, trades land in order, so growing keeps every slot in place.
        if (recorded == length && recorded < capacity) {
            grow((int) Math.min(capacity, recorded * 2));
        }
        long[] t = trades;
        int at = next;
        t[at + SEQ] = seq;
        t[at + TIME] = timeMillis;
        t[at + PRICE] = price;
        t[at + QUANTITY] = quantity;
        t[at + AGGRESSOR] = aggressor.ordinal();
        newest = at;
        next = at + STRIDE == capacity * STRIDE ? 0 : at + STRIDE;
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
        next = (int) (recorded % capacity) * STRIDE;
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
        return recorded == 0 ? OrderBook.NO_PRICE : trades[newest + PRICE];
    }

    /** The trade {@code age} trades back from the newest (0). */
    public TapeTrade get(int age) {
        int at = slot(age);
        long[] t = trades;
        return new TapeTrade(t[at + SEQ], t[at + TIME], t[at + PRICE], t[at + QUANTITY], SIDES[(int) t[at + AGGRESSOR]]);
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
        return (int) ((recorded - 1 - age) % capacity) * STRIDE;
    }
}
