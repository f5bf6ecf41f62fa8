package com.suanli.exchange.clearing;

/**
 * An open-addressing map from non-zero {@code long} keys to non-negative {@code int} values
 * (dense indices), with linear probing: lookups allocate nothing. Each key sits beside its value
 * in one array, so a lookup that finds its key at once reads one cache line, not one in a key
 * array and another in a value array (with 200,000 positions both are far larger than the
 * caches). Nothing is ever removed (an account, contract or position once known keeps its
 * index), and nothing iterates it, so its slot order never reaches the state.
 */
final class LongIntMap {
    static final int MISSING = -1;

    /** Slot {@code i}'s key at {@code 2i} (0: empty), its value at {@code 2i + 1}. */
    private long[] table;
    private int mask;
    private int size;

    LongIntMap(int capacity) {
        int length = Integer.highestOneBit(Math.max(16, capacity - 1) << 1);
        table = new long[2 * length];
        mask = length - 1;
    }

    /** The value of {@code key}, or {@link #MISSING}; key 0 is never present. */
    int get(long key) {
        if (key == 0) {
            return MISSING;
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = table[2 * i];
            if (k == key) {
                return (int) table[2 * i + 1];
            }
            if (k == 0) {
                return MISSING;
            }
        }
    }

    /** Maps a new, non-zero {@code key} to {@code value}. */
    void put(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("key: 0 is reserved for empty slots");
        }
        int i = slot(key);
        while (table[2 * i] != 0 && table[2 * i] != key) {
            i = (i + 1) & mask;
        }
        if (table[2 * i] == 0) {
            table[2 * i] = key;
            size++;
        }
        table[2 * i + 1] = value;
        if (size * 2 > mask + 1) {
            grow();
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = old.length - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i], (int) old[i + 1]);
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
