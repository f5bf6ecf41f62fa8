package com.suanli.exchange.marketdata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * OHLCV bars of one instrument built from its trades, in a fixed-size ring: the newest bar is
 * the one still forming. A bar exists only for a period with trades; quiet periods leave no bar.
 * Time is the trade's, in epoch milliseconds given by the caller, never the wall clock. The arrays
 * start small and double up to the capacity; after that adding a trade allocates nothing. A bar's
 * volume and notional saturate at {@link Bar#SATURATED} instead of wrapping, so no number of trades
 * can make adding one fail (the engine adds trades in the middle of matching).
 */
public final class BarSeries {

    private final BarPeriod period;
    /** Arrays start small and double up to the capacity, so an instrument that never trades costs little. */
    private static final int INITIAL_LENGTH = 16;

    /**
     * A bar's figures side by side, {@value #STRIDE} longs a bar, so a trade updates one or two
     * cache lines rather than one in each of eight arrays (with hundreds of instruments trading,
     * those lines are rarely still cached).
     */
    private static final int STRIDE = 8;
    private static final int START = 0;
    private static final int OPEN = 1;
    private static final int HIGH = 2;
    private static final int LOW = 3;
    private static final int CLOSE = 4;
    private static final int VOLUME = 5;
    private static final int TRADES = 6;
    private static final int NOTIONAL = 7;

    private final int capacity;
    /** Bar {@code i}'s figures from {@code i * STRIDE}. */
    private long[] figures;
    /** How many bars {@link #figures} holds before it next grows. */
    private int length;
    private long barsOpened;
    /** Where the newest bar's figures start, and where the next bar's will. */
    private int newest;
    private int next;
    private long lastTradeMillis = Long.MIN_VALUE;

    public BarSeries(BarPeriod period, int capacity) {
        this.period = Objects.requireNonNull(period, "period");
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity: must be > 0, was " + capacity);
        }
        this.capacity = capacity;
        length = Math.min(capacity, INITIAL_LENGTH);
        figures = new long[length * STRIDE];
    }

    private void grow(int newLength) {
        length = newLength;
        figures = Arrays.copyOf(figures, newLength * STRIDE);
    }

    public BarPeriod period() {
        return period;
    }

    /**
     * Adds a trade to its bar, opening a new bar when the trade falls in a later period.
     * Checked whole before anything changes.
     * @throws IllegalArgumentException when price or quantity is not positive, the time is before
     *         the last trade's, or the trade's own notional (price x quantity) overflows a long
     */
    public void onTrade(long timeMillis, long price, long quantity) {
        requireAccepts(timeMillis, price, quantity);
        long start = period.start(timeMillis);
        long[] f = figures;
        boolean opensBar = barsOpened == 0 || start != f[newest + START];
        long tradeNotional = price * quantity;
        if (!opensBar) {
            int at = newest;
            f[at + HIGH] = Math.max(f[at + HIGH], price);
            f[at + LOW] = Math.min(f[at + LOW], price);
            f[at + CLOSE] = price;
            f[at + VOLUME] = plusSaturating(f[at + VOLUME], quantity);
            f[at + TRADES]++;
            f[at + NOTIONAL] = plusSaturating(f[at + NOTIONAL], tradeNotional);
        } else {
            // Until the ring first fills, bars open in order, so growing keeps every slot in place.
            if (barsOpened == length && barsOpened < capacity) {
                grow((int) Math.min(capacity, barsOpened * 2));
                f = figures;
            }
            int at = next;
            f[at + START] = start;
            f[at + OPEN] = price;
            f[at + HIGH] = price;
            f[at + LOW] = price;
            f[at + CLOSE] = price;
            f[at + VOLUME] = quantity;
            f[at + TRADES] = 1;
            f[at + NOTIONAL] = tradeNotional;
            opened();
        }
        lastTradeMillis = timeMillis;
    }

    /** A bar opened at {@link #next}: it is the newest, and the ring moves on (wrapping at the capacity). */
    private void opened() {
        newest = next;
        next = next + STRIDE == capacity * STRIDE ? 0 : next + STRIDE;
        barsOpened++;
    }

    /** {@code sum + addend} for non-negative values, or {@link Bar#SATURATED} when a long cannot hold it. */
    private static long plusSaturating(long sum, long addend) {
        long total = sum + addend;
        return total < 0 ? Bar.SATURATED : total;
    }

    /**
     * Checks that {@link #onTrade} would take this trade, without changing anything.
     * @throws IllegalArgumentException as {@link #onTrade} does
     */
    public void requireAccepts(long timeMillis, long price, long quantity) {
        if (price <= 0) {
            throw new IllegalArgumentException("price: must be > 0 ticks, was " + price);
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be > 0 lots, was " + quantity);
        }
        if (timeMillis < lastTradeMillis) {
            throw new IllegalArgumentException("timeMillis: " + timeMillis + " is before the last trade's "
                    + lastTradeMillis);
        }
        try {
            Math.multiplyExact(price, quantity);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("quantity: " + quantity + " at " + price
                    + " ticks overflows the bar's notional", e);
        }
    }

    /** The time of the last trade taken, {@link Long#MIN_VALUE} before the first. */
    public long lastTradeMillis() {
        return lastTradeMillis;
    }

    /**
     * Fills an empty series with the bars a snapshot kept ({@link #bars}, oldest first), the
     * count of bars ever opened and the last trade's time, so that it goes on as the series it
     * was taken from.
     * @throws IllegalStateException when the series is not empty
     * @throws IllegalArgumentException when the bars are more than the capacity or the count
     */
    public void restore(List<Bar> oldestFirst, long barsOpenedCount, long lastTradeTime) {
        if (barsOpened != 0) {
            throw new IllegalStateException("bars: restore needs an empty series, this one opened " + barsOpened);
        }
        int n = oldestFirst.size();
        if (n > capacity || n > barsOpenedCount || n < Math.min(barsOpenedCount, capacity)) {
            throw new IllegalArgumentException("barsOpened: " + n + " bars cannot be the newest of "
                    + barsOpenedCount + " in a series of " + capacity);
        }
        if (barsOpenedCount > n) {
            grow(capacity);
        } else if (n > length) {
            grow(n);
        }
        next = (int) ((barsOpenedCount - n) % capacity) * STRIDE;
        barsOpened = barsOpenedCount - n;
        for (Bar bar : oldestFirst) {
            int at = next;
            figures[at + START] = bar.startMillis();
            figures[at + OPEN] = bar.open();
            figures[at + HIGH] = bar.high();
            figures[at + LOW] = bar.low();
            figures[at + CLOSE] = bar.close();
            figures[at + VOLUME] = bar.volume();
            figures[at + TRADES] = bar.tradeCount();
            figures[at + NOTIONAL] = bar.notional();
            opened();
        }
        lastTradeMillis = lastTradeTime;
    }

    public int capacity() {
        return capacity;
    }

    /** How many bars the series holds, at most its capacity. */
    public int size() {
        return (int) Math.min(barsOpened, capacity);
    }

    /** How many bars were ever opened. */
    public long barsOpened() {
        return barsOpened;
    }

    /** The bar {@code age} bars back from the newest (0, possibly still forming). */
    public Bar get(int age) {
        if (age < 0 || age >= size()) {
            throw new IndexOutOfBoundsException("age: " + age + " is outside the series' " + size() + " bars");
        }
        int at = (int) ((barsOpened - 1 - age) % capacity) * STRIDE;
        long[] f = figures;
        return new Bar(f[at + START], f[at + START] + period.lengthMillis(), f[at + OPEN], f[at + HIGH], f[at + LOW],
                f[at + CLOSE], f[at + VOLUME], f[at + TRADES], f[at + NOTIONAL]);
    }

    /** Every bar held, oldest first. */
    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>(size());
        for (int age = size() - 1; age >= 0; age--) {
            bars.add(get(age));
        }
        return List.copyOf(bars);
    }
}
