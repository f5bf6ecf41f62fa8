package com.suanli.exchange.settlement;

import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.engine.journal.SnapshotFields;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The recent trades of one futures contract, for the volume-weighted price of its closing
 * window: trades older than the window behind the newest are dropped as new ones arrive, so it
 * holds at most one window's worth, in a ring that stops growing once it fits the busiest window.
 * Trades must arrive in time order (the sequencer's time never goes backwards). The lots and notional
 * of the trades held are kept as they come and go, so a settlement at the newest time reads them
 * without walking the ring (exact while a window's notional stays below 2^63: some 130,000 trades of
 * the largest size at the highest price the clearing house accepts).
 */
public final class ClosingWindow {

    private final long lengthMillis;
    private long[] times = new long[16];
    private long[] prices = new long[16];
    private long[] lots = new long[16];
    private int head;
    private int size;
    private long heldLots;
    private long heldNotional;

    /** @param lengthMillis the closing window, &gt; 0 */
    public ClosingWindow(long lengthMillis) {
        if (lengthMillis <= 0) {
            throw new IllegalArgumentException("lengthMillis: must be > 0, was " + lengthMillis);
        }
        this.lengthMillis = lengthMillis;
    }

    public void add(long timestamp, long price, long quantity) {
        while (size > 0 && times[head] < timestamp - lengthMillis) {
            heldLots -= lots[head];
            heldNotional -= prices[head] * lots[head];
            head = (head + 1) % times.length;
            size--;
        }
        if (size == times.length) {
            grow();
        }
        int at = (head + size) % times.length;
        times[at] = timestamp;
        prices[at] = price;
        lots[at] = quantity;
        size++;
        heldLots += quantity;
        heldNotional += price * quantity;
    }

    /** Lots traded from {@code close - length} to {@code close}, both included. */
    public long lots(long close) {
        if (closesAfterNewest(close)) {
            long total = heldLots;
            for (int at = head, i = 0; i < size && times[at] < close - lengthMillis; at = (at + 1) % times.length, i++) {
                total -= lots[at];
            }
            return total;
        }
        long total = 0;
        for (int i = 0; i < size; i++) {
            int at = (head + i) % times.length;
            if (inWindow(times[at], close)) {
                total = Math.addExact(total, lots[at]);
            }
        }
        return total;
    }

    /** Sum of price x lots of the trades of {@link #lots(long)}, ticks x lots. */
    public long notional(long close) {
        if (closesAfterNewest(close)) {
            long total = heldNotional;
            for (int at = head, i = 0; i < size && times[at] < close - lengthMillis; at = (at + 1) % times.length, i++) {
                total -= prices[at] * lots[at];
            }
            return total;
        }
        long total = 0;
        for (int i = 0; i < size; i++) {
            int at = (head + i) % times.length;
            if (inWindow(times[at], close)) {
                total = Math.addExact(total, Math.multiplyExact(prices[at], lots[at]));
            }
        }
        return total;
    }

    /**
     * Whether no trade held is after {@code close}, as at a settlement (time only moves forward): then the
     * window is the trades held less the oldest ones that fell out of it, which are at the head.
     */
    private boolean closesAfterNewest(long close) {
        return size == 0 || times[(head + size - 1) % times.length] <= close;
    }

    private boolean inWindow(long time, long close) {
        return time >= close - lengthMillis && time <= close;
    }

    public long stateHash(long h) {
        h = StateHash.mix(h, size);
        for (int i = 0; i < size; i++) {
            int at = (head + i) % times.length;
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, times[at]), prices[at]), lots[at]);
        }
        return h;
    }

    /** Writes the trades it holds, oldest first, for a snapshot (docs/JOURNAL.md, the clearing section). */
    public void writeSnapshot(DataOutput out) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            int at = (head + i) % times.length;
            out.writeLong(times[at]);
            out.writeLong(prices[at]);
            out.writeLong(lots[at]);
        }
    }

    /**
     * Refills an empty window with what {@link #writeSnapshot} wrote.
     * @throws IllegalArgumentException when the trades are out of time order, not positive, or
     *         not all within one window of the newest
     */
    public void readSnapshot(DataInput in, String field) throws IOException {
        if (size != 0) {
            throw new IllegalStateException("a window is restored only when empty");
        }
        int count = SnapshotFields.count(in, field);
        for (int i = 0; i < count; i++) {
            long time = in.readLong();
            long price = in.readLong();
            long quantity = in.readLong();
            if (price <= 0 || quantity <= 0 || size > 0 && time < times[(head + size - 1) % times.length]) {
                throw new IllegalArgumentException(field + ": trade " + i + " at " + time + " of " + quantity + " lots at "
                        + price + " is out of time order or not positive");
            }
            add(time, price, quantity);
        }
        if (size != count) {
            throw new IllegalArgumentException(field + ": " + count + " trades do not all fall within one window");
        }
    }

    /**
     * Makes room for {@code trades} trades now (a capacity hint: the busiest window expected), so
     * that adding them later allocates nothing; the trades held and the state do not change.
     */
    public void reserve(int trades) {
        while (times.length < trades) {
            grow();
        }
    }

    private void grow() {
        int n = times.length * 2;
        long[] t = new long[n];
        long[] p = new long[n];
        long[] q = new long[n];
        for (int i = 0; i < size; i++) {
            int at = (head + i) % times.length;
            t[i] = times[at];
            p[i] = prices[at];
            q[i] = lots[at];
        }
        times = t;
        prices = p;
        lots = q;
        head = 0;
    }
}
