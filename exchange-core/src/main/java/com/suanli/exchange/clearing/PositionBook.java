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
    static final int NET = 0;
    private static final int OPEN_COST = 1;
    private static final int REALISED = 2;
    private static final int MARK_BASIS = 3;
    private static final int SETTLED = 4;
    static final int BUYING = 5;
    static final int SELLING = 6;
    /** The figures of a slot, {@link #NET} to {@link #SELLING}. */
    static final int FIGURES = SELLING + 1;
    /** Beside the figures, in the slot's own line: its (account, instrument) key, to tell a slot handed back by a caller. */
    private static final int KEY = FIGURES;
    private static final int W = 8;
    /**
     * Where slot 0's figures start: 6 longs in, so that each slot's 8 longs are one cache line
     * where the array's 16-byte header starts on one (as a large array's does, at the start of a
     * heap region), rather than straddling two.
     */
    private static final int FIRST = 6;

    private final LongIntMap index = new LongIntMap(4096);
    /** The key last found (0, which no key is, before any) and its slot. */
    private long lastFound;
    private int lastFoundSlot = NONE;
    private int slots;
    private int[] account = new int[256];
    private int[] instrument = new int[256];
    /** Every slot's figures in one array, {@link #W} longs a slot from {@link #FIRST}: one cache line per position. */
    private long[] figures = new long[FIRST + 256 * W];
    private int[] nextOfInstrument = new int[256];
    private int[] firstOfInstrument = filled(new int[16]);
    private int[] lastOfInstrument = filled(new int[16]);

    /** The slot of (account, instrument), or {@link #NONE}. */
    int find(int accountIndex, int instrumentIndex) {
        // The checks of one order and its working lots ask for the same slot in turn: the last one found is
        // kept, which a slot never stops being, since slots are never removed.
        long key = key(accountIndex, instrumentIndex);
        if (key == lastFound) {
            return lastFoundSlot;
        }
        int slot = index.get(key);
        if (slot != NONE) {
            lastFound = key;
            lastFoundSlot = slot;
        }
        return slot;
    }

    /** As {@link #find}, without keeping what it found: for reading ahead, which changes nothing. */
    int peek(int accountIndex, int instrumentIndex) {
        return index.get(key(accountIndex, instrumentIndex));
    }

    /** Reads the slot's line (for reading ahead): its working lots. */
    long readAhead(int slot) {
        return slot < 0 || slot >= slots ? 0 : figures[at(slot) + BUYING];
    }

    /** A new slot for (account, instrument), which has none yet. */
    int create(int accountIndex, int instrumentIndex) {
        int slot = slots++;
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
        figures[at(slot) + KEY] = key(accountIndex, instrumentIndex);
        return slot;
    }

    /**
     * The account index of {@code slot} when it is a slot of the instrument, else {@link #NONE}:
     * read from the slot's own cache line, which the caller reads next, so a slot kept by an order
     * since it was accepted is trusted without the map or the side arrays.
     */
    int accountIfOf(int slot, int instrumentIndex) {
        if (slot < 0 || slot >= slots) {
            return NONE;
        }
        long key = figures[at(slot) + KEY];
        return (int) key == instrumentIndex ? (int) (key >>> 32) - 1 : NONE;
    }

    /**
     * A trade of {@code lots} (signed: bought &gt; 0, sold &lt; 0) at {@code price} ticks. Closing
     * lots realise their P&amp;L against the average cost: the closed part of the open cost is
     * its pro-rata share rounded toward zero, and what remains stays in the cost of the rest,
     * so once the position is flat every tick of it has been realised.
     */
    void trade(int slot, long lots, long price, long tickValue) {
        int at = at(slot);
        figures[at + MARK_BASIS] = Math.addExact(figures[at + MARK_BASIS], Math.multiplyExact(lots, price));
        long n = figures[at + NET];
        if (n == 0 || (n > 0) == (lots > 0)) {
            figures[at + NET] = Math.addExact(n, lots);
            figures[at + OPEN_COST] = Math.addExact(figures[at + OPEN_COST], Math.multiplyExact(lots, price));
            return;
        }
        long closing = Math.min(Math.abs(lots), Math.abs(n));
        long closedCost = Prorata.share(figures[at + OPEN_COST], closing, Math.abs(n));
        long pnl = Math.subtractExact(Math.multiplyExact(Long.signum(n) * closing, price), closedCost);
        figures[at + REALISED] = Math.addExact(figures[at + REALISED], Math.multiplyExact(pnl, tickValue));
        long opening = lots + Long.signum(n) * closing;
        figures[at + NET] = n - Long.signum(n) * closing + opening;
        figures[at + OPEN_COST] = opening == 0 ? figures[at + OPEN_COST] - closedCost : Math.multiplyExact(opening, price);
    }

    /** The slot was marked to a settlement price: its new basis and the variation margin paid to it, fen. */
    void settled(int slot, long newMarkBasis, long variationMargin) {
        figures[at(slot) + MARK_BASIS] = newMarkBasis;
        figures[at(slot) + SETTLED] = Math.addExact(figures[at(slot) + SETTLED], variationMargin);
    }

    void addWorking(int slot, boolean buy, long lots) {
        if (buy) {
            figures[at(slot) + BUYING] += lots;
        } else {
            figures[at(slot) + SELLING] += lots;
        }
    }

    /** Slots run 0 to {@code count() - 1}, in creation order. */
    int count() {
        return slots;
    }

    /** The figures of a slot, in their order: net, open cost, realised, mark basis, settled, buying, selling. */
    long figure(int slot, int figure) {
        return figures[at(slot) + figure];
    }

    /** Puts back a slot's figures (in {@link #figure}'s order) as a snapshot holds them. */
    void restore(int slot, long[] values) {
        System.arraycopy(values, 0, figures, at(slot), FIGURES);
    }

    int instrument(int slot) {
        return instrument[slot];
    }

    int account(int slot) {
        return account[slot];
    }

    long net(int slot) {
        return figures[at(slot) + NET];
    }

    long openCost(int slot) {
        return figures[at(slot) + OPEN_COST];
    }

    long realised(int slot) {
        return figures[at(slot) + REALISED];
    }

    long markBasis(int slot) {
        return figures[at(slot) + MARK_BASIS];
    }

    long settled(int slot) {
        return figures[at(slot) + SETTLED];
    }

    long buying(int slot) {
        return figures[at(slot) + BUYING];
    }

    long selling(int slot) {
        return figures[at(slot) + SELLING];
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
            for (int f = NET; f <= SELLING; f++) {
                h = StateHash.mix(h, figures[at(s) + f]);
            }
        }
        return h;
    }

    /** Where the figures of {@code slot} start. */
    private static int at(int slot) {
        return FIRST + slot * W;
    }

    private static long key(int accountIndex, int instrumentIndex) {
        return ((long) (accountIndex + 1) << 32) | instrumentIndex;
    }

    private void ensure(int slotCount, int instruments) {
        if (slotCount > account.length) {
            int n = account.length * 2;
            account = Arrays.copyOf(account, n);
            instrument = Arrays.copyOf(instrument, n);
            figures = Arrays.copyOf(figures, FIRST + n * W);
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
