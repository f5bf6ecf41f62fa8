package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.Side;

import java.util.ArrayList;
import java.util.List;

/**
 * The most recent trades of one instrument in a fixed-size ring of primitive arrays: recording a
 * trade overwrites the oldest once the ring is full, and allocates nothing. Ages count back from
 * the newest trade (age 0).
 */
public final class TradeTape {

    private final long[] seqs;
    private final long[] times;
    private final long[] prices;
    private final long[] quantities;
    private final Side[] aggressors;
    private long recorded;

    public TradeTape(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity: must be > 0, was " + capacity);
        }
        seqs = new long[capacity];
        times = new long[capacity];
        prices = new long[capacity];
        quantities = new long[capacity];
        aggressors = new Side[capacity];
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
        int at = (int) (recorded % seqs.length);
        seqs[at] = seq;
        times[at] = timeMillis;
        prices[at] = price;
        quantities[at] = quantity;
        aggressors[at] = aggressor;
        recorded++;
    }

    public int capacity() {
        return seqs.length;
    }

    /** How many trades the tape holds now, at most its capacity. */
    public int size() {
        return (int) Math.min(recorded, seqs.length);
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
        return (int) ((recorded - 1 - age) % seqs.length);
    }
}
