package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.margin.Prorata;

import java.util.Arrays;

/**
 * Every account's position per instrument, one slot each in primitive arrays, found through a
 * primitive map keyed by (account index, instrument index) and created on first use; each
 * instrument's slots are also linked in creation order, for settlement.
 */
final class PositionBook {
    static final int NONE = -1;

    private final LongIntMap index = new LongIntMap(4096);
    private int slots;
    private int[] account = new int[256];
    private int[] instrument = new int[256];
    private long[] net = new long[256];
    private long[] openCost = new long[256];
    private long[] realised = new long[256];
    private long[] markBasis = new long[256];
    private long[] settled = new long[256];
    private long[] buying = new long[256];
    private long[] selling = new long[256];
    private int[] nextOfInstrument = new int[256];
    private int[] firstOfInstrument = filled(new int[16]);
    private int[] lastOfInstrument = filled(new int[16]);

    /** The slot of (account, instrument), or {@link #NONE}. */
    int find(int accountIndex, int instrumentIndex) {
        return index.get(key(accountIndex, instrumentIndex));
    }

    int findOrCreate(int accountIndex, int instrumentIndex) {
        int slot = find(accountIndex, instrumentIndex);
        if (slot != NONE) {
            return slot;
        }
        slot = slots++;
        ensure(slots, instrumentIndex + 1);
        account[slot] = accountIndex;
        instrument[slot] = instrumentIndex;
        nextOfInstrument[slot] = NONE;
        if (firstOfInstrument[instrumentIndex] == NONE) {
            firstOfInstrument[instrumentIndex] = slot;
        } else {
            nextOfInstrument[lastOfInstrument[instrumentIndex]] = slot;
        }
        lastOfInstrument[instrumentIndex] = slot;
        index.put(key(accountIndex, instrumentIndex), slot);
        return slot;
    }

    /**
     * A trade of {@code lots} (signed: bought &gt; 0, sold &lt; 0) at {@code price} ticks. Closing
     * lots realise their P&amp;L against the average cost: the closed part of the open cost is
     * its pro-rata share rounded toward zero, and what remains stays in the cost of the rest,
     * so once the position is flat every tick of it has been realised.
     */
    void trade(int slot, long lots, long price, long tickValue) {
        markBasis[slot] = Math.addExact(markBasis[slot], Math.multiplyExact(lots, price));
        long n = net[slot];
        if (n == 0 || (n > 0) == (lots > 0)) {
            net[slot] = Math.addExact(n, lots);
            openCost[slot] = Math.addExact(openCost[slot], Math.multiplyExact(lots, price));
            return;
        }
        long closing = Math.min(Math.abs(lots), Math.abs(n));
        long closedCost = Prorata.share(openCost[slot], closing, Math.abs(n));
        long pnl = Math.subtractExact(Math.multiplyExact(Long.signum(n) * closing, price), closedCost);
        realised[slot] = Math.addExact(realised[slot], Math.multiplyExact(pnl, tickValue));
        long opening = lots + Long.signum(n) * closing;
        net[slot] = n - Long.signum(n) * closing + opening;
        openCost[slot] = opening == 0 ? openCost[slot] - closedCost : Math.multiplyExact(opening, price);
    }

    /** The slot was marked to a settlement price: its new basis and the variation margin paid to it, fen. */
    void settled(int slot, long newMarkBasis, long variationMargin) {
        markBasis[slot] = newMarkBasis;
        settled[slot] = Math.addExact(settled[slot], variationMargin);
    }

    void addWorking(int slot, boolean buy, long lots) {
        if (buy) {
            buying[slot] += lots;
        } else {
            selling[slot] += lots;
        }
    }

    int account(int slot) {
        return account[slot];
    }

    long net(int slot) {
        return net[slot];
    }

    long openCost(int slot) {
        return openCost[slot];
    }

    long realised(int slot) {
        return realised[slot];
    }

    long markBasis(int slot) {
        return markBasis[slot];
    }

    long settled(int slot) {
        return settled[slot];
    }

    long buying(int slot) {
        return buying[slot];
    }

    long selling(int slot) {
        return selling[slot];
    }

    /** The first slot of the instrument, in creation order, or {@link #NONE}. */
    int first(int instrumentIndex) {
        return instrumentIndex < firstOfInstrument.length ? firstOfInstrument[instrumentIndex] : NONE;
    }

    int next(int slot) {
        return nextOfInstrument[slot];
    }

    long stateHash() {
        long h = StateHash.mix(0, slots);
        for (int s = 0; s < slots; s++) {
            h = StateHash.mix(StateHash.mix(h, account[s]), instrument[s]);
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, net[s]), openCost[s]), realised[s]);
            h = StateHash.mix(StateHash.mix(h, markBasis[s]), settled[s]);
            h = StateHash.mix(StateHash.mix(h, buying[s]), selling[s]);
        }
        return h;
    }

    private static long key(int accountIndex, int instrumentIndex) {
        return ((long) (accountIndex + 1) << 32) | instrumentIndex;
    }

    private void ensure(int slotCount, int instruments) {
        if (slotCount > account.length) {
            int n = account.length * 2;
            account = Arrays.copyOf(account, n);
            instrument = Arrays.copyOf(instrument, n);
            net = Arrays.copyOf(net, n);
            openCost = Arrays.copyOf(openCost, n);
            realised = Arrays.copyOf(realised, n);
            markBasis = Arrays.copyOf(markBasis, n);
            settled = Arrays.copyOf(settled, n);
            buying = Arrays.copyOf(buying, n);
            selling = Arrays.copyOf(selling, n);
            nextOfInstrument = Arrays.copyOf(nextOfInstrument, n);
        }
        if (instruments > firstOfInstrument.length) {
            int n = Math.max(instruments, firstOfInstrument.length * 2);
            int old = firstOfInstrument.length;
            firstOfInstrument = Arrays.copyOf(firstOfInstrument, n);
            lastOfInstrument = Arrays.copyOf(lastOfInstrument, n);
            Arrays.fill(firstOfInstrument, old, n, NONE);
            Arrays.fill(lastOfInstrument, old, n, NONE);
        }
    }

    private static int[] filled(int[] array) {
        Arrays.fill(array, NONE);
        return array;
    }
}
