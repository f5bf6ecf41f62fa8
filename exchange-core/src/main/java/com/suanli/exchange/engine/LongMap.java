package com.suanli.exchange.engine;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * An open-addressing map from {@code long} keys to objects, with linear probing and
 * backward-shift deletion, so lookups and removals allocate nothing. Iteration order is that
 * of the slots: callers that need a stable order sort what they collect. Key 0 marks an empty
 * slot: nothing is ever stored under it, so looking it up or removing it finds nothing, and
 * storing under it is refused.
 */
final class LongMap<V> {
    private static final long EMPTY = 0;

    private long[] keys;
    private Object[] values;
    private int mask;
    private int size;

    LongMap() {
        this(1 << 10);
    }

    LongMap(int capacity) {
        int length = Integer.highestOneBit(Math.max(16, capacity - 1) << 1);
        keys = new long[length];
        values = new Object[length];
        mask = length - 1;
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        if (key == EMPTY) {
            return null;
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == EMPTY) {
                return null;
            }
        }
    }

    void put(long key, V value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("key: 0 is reserved for empty slots");
        }
        int i = slot(key);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    @SuppressWarnings("unchecked")
    V remove(long key) {
        if (key == EMPTY) {
            return null;
        }
        int i = slot(key);
        while (keys[i] != key) {
            if (keys[i] == EMPTY) {
                return null;
            }
            i = (i + 1) & mask;
        }
        V removed = (V) values[i];
        size--;
        // Backward shift: pull later entries of the probe chain into the hole.
        int hole = i;
        for (int j = (hole + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            boolean movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
            if (movable) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = EMPTY;
        values[hole] = null;
        return removed;
    }

    @SuppressWarnings("unchecked")
    void forEachValue(Consumer<V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                action.accept((V) values[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                @SuppressWarnings("unchecked")
                V value = (V) oldValues[i];
                put(oldKeys[i], value);
            }
        }
        Arrays.fill(oldValues, null);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

}
