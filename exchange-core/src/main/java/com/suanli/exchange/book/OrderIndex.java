package com.suanli.exchange.book;

/**
 * Order id to resting order: open addressing with linear probing and backward-shift
 * deletion, so it neither boxes nor leaves tombstones behind.
 */
final class OrderIndex {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int MIN_BITS = 10;

    private long[] keys;
    private RestingOrder[] values;
    private int bits;
    private int mask;
    private int size;
    private int growAt;

    OrderIndex() {
        allocate(MIN_BITS);
    }

    private void allocate(int newBits) {
        bits = newBits;
        keys = new long[1 << newBits];
        values = new RestingOrder[1 << newBits];
        mask = (1 << newBits) - 1;
        growAt = (1 << newBits) >> 1;
    }

    private int slot(long key) {
        return (int) ((key * GOLDEN) >>> (64 - bits));
    }

    int size() {
        return size;
    }

    RestingOrder get(long key) {
        RestingOrder[] vals = values;
        int m = mask;
        for (int i = slot(key); ; i = (i + 1) & m) {
            RestingOrder v = vals[i];
            if (v == null || keys[i] == key) {
                return v;
            }
        }
    }

    /** Inserts unless the key is present. @return the order already there, or null when inserted */
    RestingOrder putIfAbsent(long key, RestingOrder order) {
        RestingOrder[] vals = values;
        int m = mask;
        int i = slot(key);
        for (RestingOrder v = vals[i]; v != null; v = vals[i]) {
            if (keys[i] == key) {
                return v;
            }
            i = (i + 1) & m;
        }
        keys[i] = key;
        vals[i] = order;
        if (++size > growAt) {
            rehash();
        }
        return null;
    }

    void remove(long key) {
        RestingOrder[] vals = values;
        int m = mask;
        int i = slot(key);
        for (RestingOrder v = vals[i]; v == null || keys[i] != key; v = vals[i]) {
            if (v == null) {
                return;
            }
            i = (i + 1) & m;
        }
        size--;
        // Shift later members of the probe run back so that lookups never stop at a hole too early.
        for (int j = (i + 1) & m; vals[j] != null; j = (j + 1) & m) {
            int home = slot(keys[j]);
            boolean homeOutsideGap = i <= j ? (home <= i || home > j) : (home <= i && home > j);
            if (homeOutsideGap) {
                keys[i] = keys[j];
                vals[i] = vals[j];
                i = j;
            }
        }
        vals[i] = null;
    }

    /** Copies the orders of {@code account} into {@code into}, which holds at least {@link #size()}. @return how many */
    int collect(long account, RestingOrder[] into) {
        int n = 0;
        for (RestingOrder v : values) {
            if (v != null && v.account == account) {
                into[n++] = v;
            }
        }
        return n;
    }

    boolean indexes(RestingOrder order) {
        return get(order.id) == order;
    }

    private void rehash() {
        long[] oldKeys = keys;
        RestingOrder[] oldValues = values;
        allocate(bits + 1);
        for (int i = 0; i < oldValues.length; i++) {
            RestingOrder v = oldValues[i];
            if (v != null) {
                int j = slot(oldKeys[i]);
                while (values[j] != null) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                values[j] = v;
            }
        }
    }
}
