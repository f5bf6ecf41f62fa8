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

    private final int capacity;
    private long[] starts;
    private long[] opens;
    private long[] highs;
    private long[] lows;
    private long[] closes;
    private long[] volumes;
    private long[] tradeCounts;
    private long[] notionals;
    private long barsOpened;
    private long lastTradeMillis = Long.MIN_VALUE;

    public BarSeries(BarPeriod period, int capacity) {
        this.period = Objects.requireNonNull(period, "period");
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity: must be > 0, was " + capacity);
        }
        this.capacity = capacity;
        int length = Math.min(capacity, INITIAL_LENGTH);
        starts = new long[length];
        opens = new long[length];
        highs = new long[length];
        lows = new long[length];
        closes = new long[length];
        volumes = new long[length];
        tradeCounts = new long[length];
        notionals = new long[length];
    }

    private void grow(int length) {
        starts = Arrays.copyOf(starts, length);
        opens = Arrays.copyOf(opens, length);
        highs = Arrays.copyOf(highs, length);
        lows = Arrays.copyOf(lows, length);
        closes = Arrays.copyOf(closes, length);
        volumes = Arrays.copyOf(volumes, length);
        tradeCounts = Arrays.copyOf(tradeCounts, length);
        notionals = Arrays.copyOf(notionals, length);
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
        boolean opensBar = barsOpened == 0 || start != starts[newestSlot()];
        long tradeNotional = price * quantity;
        if (!opensBar) {
            int at = newestSlot();
            highs[at] = Math.max(highs[at], price);
            lows[at] = Math.min(lows[at], price);
            closes[at] = price;
            volumes[at] = plusSaturating(volumes[at], quantity);
            tradeCounts[at]++;
            notionals[at] = plusSaturating(notionals[at], tradeNotional);
        } else {
            // Until the ring first fills, bars open in order, so growing keeps every slot in place.
            if (barsOpened == starts.length && barsOpened < capacity) {
                grow((int) Math.min(capacity, barsOpened * 2));
            }
            int at = (int) (barsOpened % capacity);
            starts[at] = start;
            opens[at] = price;
            highs[at] = price;
            lows[at] = price;
            closes[at] = price;
            volumes[at] = quantity;
            tradeCounts[at] = 1;
            notionals[at] = tradeNotional;
            barsOpened++;
        }
        lastTradeMillis = timeMillis;
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
        } else if (n > starts.length) {
            grow(n);
        }
        for (int i = 0; i < n; i++) {
            Bar bar = oldestFirst.get(i);
            int at = (int) ((barsOpenedCount - n + i) % capacity);
            starts[at] = bar.startMillis();
            opens[at] = bar.open();
            highs[at] = bar.high();
            lows[at] = bar.low();
            closes[at] = bar.close();
            volumes[at] = bar.volume();
            tradeCounts[at] = bar.tradeCount();
            notionals[at] = bar.notional();
        }
        barsOpened = barsOpenedCount;
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
        int at = (int) ((barsOpened - 1 - age) % capacity);
        return new Bar(starts[at], starts[at] + period.lengthMillis(), opens[at], highs[at], lows[at], closes[at],
                volumes[at], tradeCounts[at], notionals[at]);
    }

    /** Every bar held, oldest first. */
    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>(size());
        for (int age = size() - 1; age >= 0; age--) {
            bars.add(get(age));
        }
        return List.copyOf(bars);
    }

    private int newestSlot() {
        return (int) ((barsOpened - 1) % capacity);
    }
}
