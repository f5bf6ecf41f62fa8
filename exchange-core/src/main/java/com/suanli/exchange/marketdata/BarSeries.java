package com.suanli.exchange.marketdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * OHLCV bars of one instrument built from its trades, in a fixed-size ring: the newest bar is
 * the one still forming. A bar exists only for a period with trades; quiet periods leave no bar.
 * Time is the trade's, in epoch milliseconds given by the caller, never the wall clock. Adding a
 * trade allocates nothing.
 */
public final class BarSeries {

    private final BarPeriod period;
    private final long[] starts;
    private final long[] opens;
    private final long[] highs;
    private final long[] lows;
    private final long[] closes;
    private final long[] volumes;
    private final long[] tradeCounts;
    private final long[] notionals;
    private long barsOpened;
    private long lastTradeMillis = Long.MIN_VALUE;

    public BarSeries(BarPeriod period, int capacity) {
        this.period = Objects.requireNonNull(period, "period");
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity: must be > 0, was " + capacity);
        }
        starts = new long[capacity];
        opens = new long[capacity];
        highs = new long[capacity];
        lows = new long[capacity];
        closes = new long[capacity];
        volumes = new long[capacity];
        tradeCounts = new long[capacity];
        notionals = new long[capacity];
    }

    public BarPeriod period() {
        return period;
    }

    /**
     * Adds a trade to its bar, opening a new bar when the trade falls in a later period.
     * Checked whole before anything changes.
     * @throws IllegalArgumentException when price or quantity is not positive, the time is before
     *         the last trade's, or the bar's notional would overflow
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
            volumes[at] += quantity;
            tradeCounts[at]++;
            notionals[at] += tradeNotional;
        } else {
            int at = (int) (barsOpened % starts.length);
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
            long tradeNotional = Math.multiplyExact(price, quantity);
            if (barsOpened > 0 && period.start(timeMillis) == starts[newestSlot()]) {
                Math.addExact(notionals[newestSlot()], tradeNotional);
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("quantity: " + quantity + " at " + price
                    + " ticks overflows the bar's notional", e);
        }
    }

    public int capacity() {
        return starts.length;
    }

    /** How many bars the series holds, at most its capacity. */
    public int size() {
        return (int) Math.min(barsOpened, starts.length);
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
        int at = (int) ((barsOpened - 1 - age) % starts.length);
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
        return (int) ((barsOpened - 1) % starts.length);
    }
}
