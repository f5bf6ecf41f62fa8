package com.suanli.exchange.index;

import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.engine.event.IndexMethod;
import com.suanli.exchange.engine.journal.SnapshotFields;
import com.suanli.exchange.listing.Hub;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spot indices of the exchange, one per product and hub: the trades collected since each
 * index's last publication, and every published fixing (restatements replace a day's value and
 * raise its version). Keys are dense indices in the order they were added; a trade costs two
 * array stores.
 */
public final class SpotIndexBook {

    /** The key of no index. */
    public static final int NO_INDEX = -1;

    private final SpotIndexRule rule;
    private final List<String> products = new ArrayList<>();
    private final List<Hub> hubs = new ArrayList<>();
    private final Map<String, Integer> keys = new HashMap<>();
    private final List<Window> windows = new ArrayList<>();
    private final List<List<IndexFixing>> history = new ArrayList<>();
    private final List<Long> seeds = new ArrayList<>();
    /** A running hash of every fixing and restatement, in the order they happened. */
    private long fixings;

    /** The trades since the last publication of one index. */
    private static final class Window {
        long[] prices = new long[16];
        long[] lots = new long[16];
        int count;

        void add(long price, long quantity) {
            if (count == prices.length) {
                prices = Arrays.copyOf(prices, count * 2);
                lots = Arrays.copyOf(lots, count * 2);
            }
            prices[count] = price;
            lots[count] = quantity;
            count++;
        }
    }

    public SpotIndexBook(SpotIndexRule rule) {
        this.rule = rule;
    }

    /**
     * Adds the index of {@code productCode} at {@code hub}, starting from {@code seed} ticks (the
     * listing's spot reference price: the "previous value" before the first fixing).
     * @return its key
     */
    public int add(String productCode, Hub hub, long seed) {
        if (seed <= 0) {
            throw new IllegalArgumentException("seed: must be > 0, was " + seed);
        }
        String name = name(productCode, hub);
        if (keys.containsKey(name)) {
            throw new IllegalArgumentException("productCode, hub: the index " + name + " already exists");
        }
        int key = products.size();
        keys.put(name, key);
        products.add(productCode);
        hubs.add(hub);
        windows.add(new Window());
        history.add(new ArrayList<>());
        seeds.add(seed);
        return key;
    }

    /** The key of the index of {@code productCode} at {@code hub}, or -1. */
    public int key(String productCode, Hub hub) {
        return keys.getOrDefault(name(productCode, hub), NO_INDEX);
    }

    /** A spot trade for the index's next fixing. */
    public void onTrade(int key, long price, long lots) {
        windows.get(key).add(price, lots);
    }

    /** The day of the latest fixing, or null before the first. */
    public LocalDate lastDay(int key) {
        List<IndexFixing> fixings = history.get(key);
        return fixings.isEmpty() ? null : fixings.get(fixings.size() - 1).day();
    }

    /**
     * Calculates and records {@code day}'s fixing from the trades since the last one, which are
     * then cleared. The caller checks that {@code day} is after {@link #lastDay(int)}.
     */
    public SpotIndexValue publish(int key, LocalDate day, long bestBid, long bestAsk) {
        Window window = windows.get(key);
        SpotIndexValue value = SpotIndexCalculator.calculate(window.prices, window.lots, window.count, previous(key),
                bestBid, bestAsk, rule);
        window.count = 0;
        IndexFixing fixing = new IndexFixing(day, value.value(), value.method(), 1);
        history.get(key).add(fixing);
        chain(key, fixing);
        return value;
    }

    /** The fixing of {@code day}, or null if none was published. */
    public IndexFixing fixing(int key, LocalDate day) {
        for (IndexFixing fixing : history.get(key)) {
            if (fixing.day().equals(day)) {
                return fixing;
            }
        }
        return null;
    }

    /** Replaces a published day's value; returns the restated fixing (its version one higher). */
    public IndexFixing restate(int key, LocalDate day, long value) {
        List<IndexFixing> fixings = history.get(key);
        for (int i = 0; i < fixings.size(); i++) {
            IndexFixing old = fixings.get(i);
            if (old.day().equals(day)) {
                IndexFixing restated = new IndexFixing(day, value, IndexMethod.RESTATED, old.version() + 1);
                fixings.set(i, restated);
                chain(key, restated);
                return restated;
            }
        }
        throw new IllegalArgumentException("day: " + day + " has no fixing of " + name(products.get(key), hubs.get(key)));
    }

    /** Every fixing of the index, oldest first. */
    public List<IndexFixing> history(int key) {
        return List.copyOf(history.get(key));
    }

    /** The value a thin day falls back on: the latest fixing, or the seed (the index now, for insurance claims). */
    public long previous(int key) {
        List<IndexFixing> fixings = history.get(key);
        return fixings.isEmpty() ? seeds.get(key) : fixings.get(fixings.size() - 1).value();
    }

    private void chain(int key, IndexFixing fixing) {
        long h = StateHash.mix(StateHash.mix(fixings, key), fixing.day().toEpochDay());
        h = StateHash.mix(StateHash.mix(h, fixing.value()), fixing.method().ordinal());
        fixings = StateHash.mix(h, fixing.version());
    }

    /**
     * An order-sensitive hash of every index in key order (its seed and pending trades) and of
     * its history, kept as a running hash of the fixings and restatements as they happened, so
     * the cost does not grow with the history.
     */
    public long stateHash() {
        long h = StateHash.mix(fixings, products.size());
        for (int key = 0; key < products.size(); key++) {
            h = StateHash.mix(StateHash.mix(h, seeds.get(key)), history.get(key).size());
            Window window = windows.get(key);
            h = StateHash.mix(h, window.count);
            for (int i = 0; i < window.count; i++) {
                h = StateHash.mix(StateHash.mix(h, window.prices[i]), window.lots[i]);
            }
        }
        return h;
    }

    /**
     * Writes what changes after the indices are added, for a snapshot (docs/JOURNAL.md, the
     * clearing section): per index in key order the trades pending and the history, then the
     * running hash of the fixings.
     */
    public void writeSnapshot(DataOutput out) throws IOException {
        out.writeInt(products.size());
        for (int key = 0; key < products.size(); key++) {
            Window window = windows.get(key);
            out.writeInt(window.count);
            for (int i = 0; i < window.count; i++) {
                out.writeLong(window.prices[i]);
                out.writeLong(window.lots[i]);
            }
            List<IndexFixing> days = history.get(key);
            out.writeInt(days.size());
            for (IndexFixing fixing : days) {
                SnapshotFields.writeDay(out, fixing.day());
                out.writeLong(fixing.value());
                out.writeByte(fixing.method().ordinal());
                out.writeInt(fixing.version());
            }
        }
        out.writeLong(fixings);
    }

    /**
     * Restores into a book with the same indices, none of them yet traded or fixed, what
     * {@link #writeSnapshot} wrote.
     * @throws IllegalArgumentException when the indices differ or a trade or fixing is not valid
     */
    public void readSnapshot(DataInput in) throws IOException {
        int count = SnapshotFields.count(in, "indices");
        if (count != products.size()) {
            throw new IllegalArgumentException("indices: the snapshot holds " + count + " spot indices but the listing has "
                    + products.size());
        }
        for (int key = 0; key < count; key++) {
            String where = "index " + name(products.get(key), hubs.get(key)) + " ";
            Window window = windows.get(key);
            for (int n = SnapshotFields.count(in, where + "trades"); n > 0; n--) {
                long price = in.readLong();
                long lots = in.readLong();
                if (price <= 0 || lots <= 0) {
                    throw new IllegalArgumentException(where + "trades: " + lots + " lots at " + price + " is not a trade");
                }
                window.add(price, lots);
            }
            List<IndexFixing> days = history.get(key);
            for (int n = SnapshotFields.count(in, where + "history"); n > 0; n--) {
                IndexFixing fixing = new IndexFixing(SnapshotFields.day(in, where + "day"), in.readLong(),
                        SnapshotFields.choice(in, IndexMethod.values(), where + "method"), in.readInt());
                LocalDate last = lastDay(key);
                if (fixing.value() <= 0 || fixing.version() < 1 || last != null && !fixing.day().isAfter(last)) {
                    throw new IllegalArgumentException(where + "history: " + fixing + " is not a fixing after " + last);
                }
                days.add(fixing);
            }
        }
        fixings = in.readLong();
    }

    private static String name(String productCode, Hub hub) {
        return productCode + "-" + hub.code();
    }
}
