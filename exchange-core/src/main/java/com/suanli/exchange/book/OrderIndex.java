package com.suanli.exchange.book;

/**
 * Order id to resting order: open addressing with linear probing and backward-shift
 * deletion, so it neither boxes nor leaves tombstones behind. The table holds only the
 * orders and compares their ids: a lookup reads the order it returns anyway, so a separate
 * key array would only add a cache line per probe.
 */
final class OrderIndex {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int MIN_BITS = 4;

    private RestingOrder[] values;
    private int bits;
    private int mask;
    private int size;
    private int growAt;

    /** @param initialOrders how many orders it holds before it first doubles */
    OrderIndex(int initialOrders) {
        int bits = MIN_BITS;
        while ((1 << bits) >> 1 < initialOrders) {
            bits++;
        }
        allocate(bits);
    }

    private void allocate(int newBits) {
        bits = newBits;
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
            if (v == null || v.id == key) {
                return v;
            }
        }
    }

    /** Inserts the order under its id unless the id is present. @return the order already there, or null when inserted */
    RestingOrder putIfAbsent(RestingOrder order) {
        RestingOrder[] vals = values;
        int m = mask;
        long key = order.id;
        int i = slot(key);
        for (RestingOrder v = vals[i]; v != null; v = vals[i]) {
            if (v.id == key) {
                return v;
            }
            i = (i + 1) & m;
        }
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
        for (RestingOrder v = vals[i]; v == null || v.id != key; v = vals[i]) {
            if (v == null) {
                return;
            }
            i = (i + 1) & m;
        }
        size--;
        // Shift later members of the probe run back so that lookups never stop at a hole too early.
        for (int j = (i + 1) & m; vals[j] != null; j = (j + 1) & m) {
            int home = slot(vals[j].id);
            boolean homeOutsideGap = i <= j ? (home <= i || home > j) : (home <= i && home > j);
            if (homeOutsideGap) {
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
        RestingOrder[] oldValues = values;
        allocate(bits + 1);
        for (RestingOrder v : oldValues) {
            if (v != null) {
                int j = slot(v.id);
                while (values[j] != null) {
                    j = (j + 1) & mask;
                }
                values[j] = v;
            }
        }
    }
}
