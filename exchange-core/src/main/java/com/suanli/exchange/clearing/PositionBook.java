package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.margin.Prorata;

import java.util.Arrays;

/**
 * Every account's position per instrument, one slot each in primitive arrays, found through a
 * primitive map keyed by (account index, instrument index) and created on first use; each
 * instrument's slots are also linked in creation order, for settlement.
 *
 * <p>What every order, cancel and fill reads and writes (the lots held and working, and the slot's
 * key) is one {@code int} record of 32 bytes, two a cache line; the money figures only trades and
 * settlement touch (open cost, realised P&amp;L, mark basis, variation margin) are a {@code long}
 * record of their own. With 200,000 positions the part touched by every command is then 6 MB
 * rather than the 13 MB that one line of longs a position took. Lots fit an {@code int}: a
 * position and each side's working lots are held within {@link ClearingHouse#MAX_LOTS} (2^24) by
 * the house's checks and by a snapshot's, and each write is checked again here.
 */
final class PositionBook {
    static final int NONE = -1;
    /** The figures of a slot in {@link #figure}'s numbering, as a snapshot holds them. */
    static final int NET = 0;
    private static final int OPEN_COST = 1;
    private static final int REALISED = 2;
    private static final int MARK_BASIS = 3;
    private static final int SETTLED = 4;
    static final int BUYING = 5;
    static final int SELLING = 6;
    /** The figures of a slot, {@link #NET} to {@link #SELLING}. */
    static final int FIGURES = SELLING + 1;

    /** A slot's record of lots: net, buying, selling, then its key (account index, instrument index). */
    private static final int LOTS_NET = 0;
    private static final int LOTS_BUYING = 1;
    private static final int LOTS_SELLING = 2;
    private static final int LOTS_ACCOUNT = 3;
    private static final int LOTS_INSTRUMENT = 4;
    /** Ints a record of lots: 32 bytes, two to a cache line. */
    private static final int LOTS_W = 8;
    /**
     * Where slot 0's lots start: 4 ints (16 bytes) in, so that records start on 32-byte boundaries
     * where the array's 16-byte header starts on a cache line (as a large array's does, at the
     * start of a heap region), rather than straddling two lines.
     */
    private static final int LOTS_FIRST = 4;
    /** A slot's money record: open cost, realised, mark basis, settled (fen), in that order. */
    private static final int MONEY_W = 4;
    /** As {@link #LOTS_FIRST}: 16 bytes in, records on 32-byte boundaries. */
    private static final int MONEY_FIRST = 2;

    private final LongIntMap index = new LongIntMap(4096);
    /** The key last found (0, which no key is, before any) and its slot. */
    private long lastFound;
    private int lastFoundSlot = NONE;
    private int slots;
    private int[] lots = new int[LOTS_FIRST + 256 * LOTS_W];
    private long[] money = new long[MONEY_FIRST + 256 * MONEY_W];
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

    /** Reads the slot's record of lots (for reading ahead): its working lots. */
    long readAhead(int slot) {
        return slot < 0 || slot >= slots ? 0 : lots[lotsAt(slot) + LOTS_BUYING];
    }

    /** A new slot for (account, instrument), which has none yet. */
    int create(int accountIndex, int instrumentIndex) {
        int slot = slots++;
        ensure(slots, instrumentIndex + 1);
        lots[lotsAt(slot) + LOTS_ACCOUNT] = accountIndex;
        lots[lotsAt(slot) + LOTS_INSTRUMENT] = instrumentIndex;
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
     * The account index of {@code slot} when it is a slot of the instrument, else {@link #NONE}:
     * read from the slot's record of lots, which the caller reads next, so a slot kept by an order
     * since it was accepted is trusted without the map.
     */
    int accountIfOf(int slot, int instrumentIndex) {
        if (slot < 0 || slot >= slots) {
            return NONE;
        }
        int at = lotsAt(slot);
        return lots[at + LOTS_INSTRUMENT] == instrumentIndex ? lots[at + LOTS_ACCOUNT] : NONE;
    }

    /**
     * A trade of {@code lots} (signed: bought &gt; 0, sold &lt; 0) at {@code price} ticks. Closing
     * lots realise their P&amp;L against the average cost: the closed part of the open cost is
     * its pro-rata share rounded toward zero, and what remains stays in the cost of the rest,
     * so once the position is flat every tick of it has been realised.
     */
    void trade(int slot, long traded, long price, long tickValue) {
        int at = moneyAt(slot);
        money[at + MARK_BASIS - 1] = Math.addExact(money[at + MARK_BASIS - 1], Math.multiplyExact(traded, price));
        long n = net(slot);
        if (n == 0 || (n > 0) == (traded > 0)) {
            setNet(slot, Math.addExact(n, traded));
            money[at + OPEN_COST - 1] = Math.addExact(money[at + OPEN_COST - 1], Math.multiplyExact(traded, price));
            return;
        }
        long closing = Math.min(Math.abs(traded), Math.abs(n));
        long closedCost = Prorata.share(money[at + OPEN_COST - 1], closing, Math.abs(n));
        long pnl = Math.subtractExact(Math.multiplyExact(Long.signum(n) * closing, price), closedCost);
        money[at + REALISED - 1] = Math.addExact(money[at + REALISED - 1], Math.multiplyExact(pnl, tickValue));
        long opening = traded + Long.signum(n) * closing;
        setNet(slot, n - Long.signum(n) * closing + opening);
        money[at + OPEN_COST - 1] = opening == 0 ? money[at + OPEN_COST - 1] - closedCost
                : Math.multiplyExact(opening, price);
    }

    private void setNet(int slot, long net) {
        lots[lotsAt(slot) + LOTS_NET] = Math.toIntExact(net);
    }

    /** The slot was marked to a settlement price: its new basis and the variation margin paid to it, fen. */
    void settled(int slot, long newMarkBasis, long variationMargin) {
        int at = moneyAt(slot);
        money[at + MARK_BASIS - 1] = newMarkBasis;
        money[at + SETTLED - 1] = Math.addExact(money[at + SETTLED - 1], variationMargin);
    }

    void addWorking(int slot, boolean buy, long more) {
        int at = lotsAt(slot) + (buy ? LOTS_BUYING : LOTS_SELLING);
        lots[at] = Math.toIntExact(lots[at] + more);
    }

    /** Slots run 0 to {@code count() - 1}, in creation order. */
    int count() {
        return slots;
    }

    /** The figures of a slot, in their order: net, open cost, realised, mark basis, settled, buying, selling. */
    long figure(int slot, int figure) {
        return switch (figure) {
            case NET -> net(slot);
            case BUYING -> buying(slot);
            case SELLING -> selling(slot);
            default -> money[moneyAt(slot) + figure - 1];
        };
    }

    /**
     * Puts back a slot's figures (in {@link #figure}'s order) as a snapshot holds them, its lots
     * checked within {@link ClearingHouse#MAX_LOTS} by the snapshot's reader.
     */
    void restore(int slot, long[] values) {
        setNet(slot, values[NET]);
        addWorking(slot, true, values[BUYING] - buying(slot));
        addWorking(slot, false, values[SELLING] - selling(slot));
        System.arraycopy(values, OPEN_COST, money, moneyAt(slot), MONEY_W);
    }

    int instrument(int slot) {
        return lots[lotsAt(slot) + LOTS_INSTRUMENT];
    }

    int account(int slot) {
        return lots[lotsAt(slot) + LOTS_ACCOUNT];
    }

    long net(int slot) {
        return lots[lotsAt(slot) + LOTS_NET];
    }

    long openCost(int slot) {
        return money[moneyAt(slot) + OPEN_COST - 1];
    }

    long realised(int slot) {
        return money[moneyAt(slot) + REALISED - 1];
    }

    long markBasis(int slot) {
        return money[moneyAt(slot) + MARK_BASIS - 1];
    }

    long settled(int slot) {
        return money[moneyAt(slot) + SETTLED - 1];
    }

    long buying(int slot) {
        return lots[lotsAt(slot) + LOTS_BUYING];
    }

    long selling(int slot) {
        return lots[lotsAt(slot) + LOTS_SELLING];
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
            h = StateHash.mix(StateHash.mix(h, account(s)), instrument(s));
            for (int f = NET; f <= SELLING; f++) {
                h = StateHash.mix(h, figure(s, f));
            }
        }
        return h;
    }

    /** Where the record of lots of {@code slot} starts. */
    private static int lotsAt(int slot) {
        return LOTS_FIRST + slot * LOTS_W;
    }

    /** Where the money record of {@code slot} starts: {@link #OPEN_COST} there, the others after it. */
    private static int moneyAt(int slot) {
        return MONEY_FIRST + slot * MONEY_W;
    }

    private static long key(int accountIndex, int instrumentIndex) {
        return ((long) (accountIndex + 1) << 32) | instrumentIndex;
    }

    private void ensure(int slotCount, int instruments) {
        if (slotCount > nextOfInstrument.length) {
            int n = nextOfInstrument.length * 2;
            lots = Arrays.copyOf(lots, LOTS_FIRST + n * LOTS_W);
            money = Arrays.copyOf(money, MONEY_FIRST + n * MONEY_W);
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
