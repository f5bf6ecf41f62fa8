package com.suanli.exchange.clearing;

import java.util.Arrays;

/**
 * An open-addressing map from non-zero {@code long} keys to non-negative {@code int} values
 * (dense indices), with linear probing: lookups allocate nothing. Nothing is ever removed (an
 * account, contract or position once known keeps its index), and nothing iterates it, so its
 * slot order never reaches the state.
 */
final class LongIntMap {
    static final int MISSING = -1;

    private long[] keys;
    private int[] values;
    private int mask;
    private int size;

    LongIntMap(int capacity) {
        int length = Integer.highestOneBit(Math.max(16, capacity - 1) << 1);
        keys = new long[length];
        values = new int[length];
        mask = length - 1;
    }

    /** The value of {@code key}, or {@link #MISSING}; key 0 is never present. */
    int get(long key) {
        if (key == 0) {
            return MISSING;
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
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
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
        Arrays.fill(oldValues, 0);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
