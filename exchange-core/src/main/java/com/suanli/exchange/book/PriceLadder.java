package com.suanli.exchange.book;

/**
 * One side of the fast book: price levels in an array indexed by price offset, with a
 * two-level bitset of the non-empty slots so the next level is a few
 * {@code numberOfTrailingZeros} away. Keys are prices for asks and negated prices for bids,
 * so on both sides the best level is the lowest occupied slot. The ladder recentres and
 * grows when a price falls outside it, up to {@link #MAX_SPAN} ticks between the lowest and
 * the highest resting price of the side.
 */
final class PriceLadder {
    /** Widest spread of resting prices one side can hold, in ticks. */
    static final int MAX_SPAN = 1 << 22;
    /** Fewest slots a ladder has: one word of the bitset. */
    static final int MIN_LENGTH = 1 << 6;

    final Side side;
    private final long sign;
    private PriceLevel[] slots;
    private long[] words;
    private long[] summary;
    private long base;
    private int bestIndex = -1;
    private int levelCount;

    /** @param initialLength slots before the first growth: a power of two from {@link #MIN_LENGTH} to twice {@link #MAX_SPAN} */
    PriceLadder(Side side, int initialLength) {
        if (Integer.bitCount(initialLength) != 1 || initialLength < MIN_LENGTH || initialLength > MAX_SPAN * 2) {
            throw new IllegalArgumentException("initialTicks: must be a power of two from " + MIN_LENGTH + " to "
                    + MAX_SPAN * 2 + ", was " + initialLength);
        }
        this.side = side;
        this.sign = side == Side.BID ? -1 : 1;
        allocate(initialLength);
    }

    private void allocate(int length) {
        slots = new PriceLevel[length];
        words = new long[length >>> 6];
        summary = new long[Math.max(1, length >>> 12)];
    }

    long key(long price) {
        return price * sign;
    }

    /** The best level, or null when the side is empty. */
    PriceLevel best() {
        int b = bestIndex;
        return b < 0 ? null : slots[b];
    }

    /** The next occupied level worse than {@code level}, or null. */
    PriceLevel after(PriceLevel level) {
        int i = nextSetBit((int) (level.key - base) + 1);
        return i < 0 ? null : slots[i];
    }

    /** Whether an order at {@code price} could rest on this side without spreading it too wide. */
    boolean hasRoomFor(long price) {
        long k = key(price);
        long offset = k - base;
        if (offset >= 0 && offset < slots.length || levelCount == 0) {
            return true;
        }
        long low = Math.min(k, base + bestIndex);
        long high = Math.max(k, base + lastSetBit());
        return high - low < MAX_SPAN;
    }

    /**
     * Checks, before anything changes, that an order at {@code price} can rest on this side.
     * @throws IllegalArgumentException when the side's prices would spread too wide
     */
    void requireRoomFor(long price) {
        if (!hasRoomFor(price)) {
            throw new IllegalArgumentException("price: " + price + " is more than " + MAX_SPAN
                    + " ticks away from the other resting " + side + " prices");
        }
    }

    /** The level at {@code price}, made part of the side if it was empty. */
    PriceLevel obtain(long price) {
        long k = key(price);
        long offset = k - base;
        if (offset < 0 || offset >= slots.length) {
            recentre(k);
            offset = k - base;
        }
        int i = (int) offset;
        PriceLevel level = slots[i];
        if (level == null) {
            level = new PriceLevel();
            slots[i] = level;
        }
        if (level.count == 0) {
            level.price = price;
            level.key = k;
            setBit(i);
            levelCount++;
            if (bestIndex < 0 || i < bestIndex) {
                bestIndex = i;
            }
        }
        return level;
    }

    /** Takes an emptied level out of the side. */
    void release(PriceLevel level) {
        int i = (int) (level.key - base);
        clearBit(i);
        levelCount--;
        if (i == bestIndex) {
            bestIndex = nextSetBit(i + 1);
        }
    }

    private void recentre(long k) {
        int length = slots.length;
        if (levelCount == 0) {
            base = k - (length >> 1);
            return;
        }
        long low = Math.min(k, base + bestIndex);
        long high = Math.max(k, base + lastSetBit());
        long span = high - low + 1;
        int newLength = length;
        while (newLength < span * 2 && newLength < MAX_SPAN * 2) {
            newLength <<= 1;
        }
        long newBase = low - (newLength - span) / 2;
        PriceLevel[] oldSlots = slots;
        long oldBase = base;
        allocate(newLength);
        base = newBase;
        for (int i = bestIndex; i >= 0; i = nextSetBitIn(oldSlots, i + 1)) {
            PriceLevel level = oldSlots[i];
            int j = (int) (oldBase + i - newBase);
            slots[j] = level;
        }
        bestIndex = -1;
        for (int j = 0; j < newLength; j++) {
            PriceLevel level = slots[j];
            if (level != null) {
                setBit(j);
                if (bestIndex < 0) {
                    bestIndex = j;
                }
            }
        }
    }

    /** Walks the old slots by their levels (the old bitset is gone once reallocated). */
    private static int nextSetBitIn(PriceLevel[] oldSlots, int from) {
        for (int i = from; i < oldSlots.length; i++) {
            PriceLevel level = oldSlots[i];
            if (level != null && level.count > 0) {
                return i;
            }
        }
        return -1;
    }

    private void setBit(int i) {
        int w = i >>> 6;
        words[w] |= 1L << i;
        summary[w >>> 6] |= 1L << w;
    }

    private void clearBit(int i) {
        int w = i >>> 6;
        long v = words[w] & ~(1L << i);
        words[w] = v;
        if (v == 0) {
            summary[w >>> 6] &= ~(1L << w);
        }
    }

    private int nextSetBit(int from) {
        int w = from >>> 6;
        if (w >= words.length) {
            return -1;
        }
        long v = words[w] & (-1L << from);
        if (v != 0) {
            return (w << 6) + Long.numberOfTrailingZeros(v);
        }
        int nextWord = w + 1;
        int s = nextWord >>> 6;
        if (s >= summary.length) {
            return -1;
        }
        long sv = summary[s] & (-1L << nextWord);
        while (sv == 0) {
            if (++s == summary.length) {
                return -1;
            }
            sv = summary[s];
        }
        int word = (s << 6) + Long.numberOfTrailingZeros(sv);
        return (word << 6) + Long.numberOfTrailingZeros(words[word]);
    }

    private int lastSetBit() {
        for (int s = summary.length - 1; s >= 0; s--) {
            if (summary[s] != 0) {
                int word = (s << 6) + 63 - Long.numberOfLeadingZeros(summary[s]);
                return (word << 6) + 63 - Long.numberOfLeadingZeros(words[word]);
            }
        }
        return -1;
    }

    /**
     * Checks the bitset against the levels; throws {@link IllegalStateException} when they
     * disagree. A non-empty level missing from the bitset shows up as orders the book's
     * walk does not reach, which the book's own check counts.
     */
    void verify() {
        int occupied = 0;
        for (int i = nextSetBit(0); i >= 0; i = nextSetBit(i + 1)) {
            PriceLevel level = slots[i];
            if (level == null || level.count == 0) {
                throw new IllegalStateException(side + " ladder slot " + i + " is flagged but empty");
            }
            if (level.key != base + i || level.key != key(level.price)) {
                throw new IllegalStateException(side + " level " + level.price + " sits in the wrong slot");
            }
            if (occupied == 0 && i != bestIndex) {
                throw new IllegalStateException(side + " best level is slot " + bestIndex + " but the first flagged is " + i);
            }
            occupied++;
        }
        if (occupied == 0 && bestIndex != -1) {
            throw new IllegalStateException(side + " ladder is empty but names a best level");
        }
        for (int w = 0; w < words.length; w++) {
            boolean summaryBit = (summary[w >>> 6] & (1L << w)) != 0;
            if (summaryBit != (words[w] != 0)) {
                throw new IllegalStateException(side + " ladder summary disagrees at word " + w);
            }
        }
        if (occupied != levelCount) {
            throw new IllegalStateException(side + " ladder counts " + levelCount + " levels but flags " + occupied);
        }
    }
}
