package com.suanli.exchange.engine;

/**
 * The working orders that carry a client order id, found by (account, client order id), and how
 * many each account has. One open-addressing table over both keys, rather than a map per account:
 * the id a new order brings is looked up for duplicates and is nearly always absent, and with
 * thousands of accounts trading, a miss here costs one probe of one array where a map of maps
 * cost a chain of four objects, each a cache miss. Linear probing and backward-shift deletion, so
 * nothing allocates once the tables have grown; nothing iterates it, so its slot order never
 * reaches the state. Accounts and client order ids are &gt; 0.
 *
 * <p>Each account's count is kept only when something reads it (the clearing house's limit on
 * working orders): with 10,000 accounts its slot is one more cache miss on every order placed
 * and finished, which an engine without clearing need not pay.
 */
final class ClientOrderIndex {
    private static final long EMPTY = 0;

    /** Whether each account's count is kept ({@link #count} may be asked). */
    private final boolean counts;

    /** A mix of both keys per slot (never {@link #EMPTY}), checked before the order itself is read. */
    private long[] mixes = new long[1 << 12];
    private Order[] orders = new Order[1 << 12];
    private int size;
    /**
     * Per account, by linear probing, its id and then its count of working orders with a client
     * order id, side by side so that counting an order touches one cache line.
     */
    private long[] accounts = new long[2 << 10];
    private int accountCount;

    /** @param counts whether each account's count is kept, for {@link #count} */
    ClientOrderIndex(boolean counts) {
        this.counts = counts;
    }

    Order get(long account, long clientOrderId) {
        long mix = mix(account, clientOrderId);
        int mask = mixes.length - 1;
        for (int i = (int) mix & mask; mixes[i] != EMPTY; i = (i + 1) & mask) {
            if (mixes[i] == mix) {
                Order o = orders[i];
                if (o.account == account && o.clientOrderId == clientOrderId) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * Reads the lines a new order of the account with this client order id will read (for reading
     * ahead; nothing changes): its probe's first slot and, with counts, the account's count.
     */
    long readAhead(long account, long clientOrderId) {
        long word = mixes[(int) mix(account, clientOrderId) & (mixes.length - 1)];
        if (counts) {
            word += accounts[2 * ((int) mix(account, 0) & (accounts.length / 2 - 1))];
        }
        return word;
    }

    /** Indexes {@code o} under its account and client order id, replacing an order indexed there. */
    void put(Order o) {
        long mix = mix(o.account, o.clientOrderId);
        int mask = mixes.length - 1;
        int i = (int) mix & mask;
        for (; mixes[i] != EMPTY; i = (i + 1) & mask) {
            if (mixes[i] == mix && orders[i].account == o.account && orders[i].clientOrderId == o.clientOrderId) {
                orders[i] = o;
                return;
            }
        }
        mixes[i] = mix;
        orders[i] = o;
        if (counts) {
            // Found (or made, which may grow the table) before the table is read.
            int counted = accountSlot(o.account);
            accounts[counted + 1]++;
        }
        if (++size * 2 > mixes.length) {
            grow();
        }
    }

    /** Takes {@code o} out, if it is the order indexed under its account and client order id. */
    void remove(Order o) {
        long mix = mix(o.account, o.clientOrderId);
        int mask = mixes.length - 1;
        int i = (int) mix & mask;
        while (mixes[i] != mix || orders[i] != o) {
            if (mixes[i] == EMPTY) {
                return;
            }
            i = (i + 1) & mask;
        }
        size--;
        if (counts) {
            int counted = accountSlot(o.account);
            accounts[counted + 1]--;
        }
        // Backward shift: pull later entries of the probe chain into the hole.
        int hole = i;
        for (int j = (hole + 1) & mask; mixes[j] != EMPTY; j = (j + 1) & mask) {
            int home = (int) mixes[j] & mask;
            boolean movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
            if (movable) {
                mixes[hole] = mixes[j];
                orders[hole] = orders[j];
                hole = j;
            }
        }
        mixes[hole] = EMPTY;
        orders[hole] = null;
    }

    /**
     * How many orders with a client order id the account has indexed.
     * @throws IllegalStateException when the index was made without counts
     */
    int count(long account) {
        if (!counts) {
            throw new IllegalStateException("this index keeps no count per account");
        }
        int mask = accounts.length / 2 - 1;
        for (int i = (int) mix(account, 0) & mask; accounts[2 * i] != EMPTY; i = (i + 1) & mask) {
            if (accounts[2 * i] == account) {
                return (int) accounts[2 * i + 1];
            }
        }
        return 0;
    }

    /** Where the account's count is kept, made on its first order (which may grow the table: read it after). */
    private int accountSlot(long account) {
        int mask = accounts.length / 2 - 1;
        int i = (int) mix(account, 0) & mask;
        for (; accounts[2 * i] != EMPTY; i = (i + 1) & mask) {
            if (accounts[2 * i] == account) {
                return 2 * i;
            }
        }
        if ((accountCount + 1) * 4 > accounts.length) {
            growAccounts();
            return accountSlot(account);
        }
        accounts[2 * i] = account;
        accountCount++;
        return 2 * i;
    }

    private void grow() {
        long[] oldMixes = mixes;
        Order[] oldOrders = orders;
        mixes = new long[oldMixes.length * 2];
        orders = new Order[oldMixes.length * 2];
        int mask = mixes.length - 1;
        for (int k = 0; k < oldMixes.length; k++) {
            if (oldMixes[k] != EMPTY) {
                int i = (int) oldMixes[k] & mask;
                while (mixes[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                mixes[i] = oldMixes[k];
                orders[i] = oldOrders[k];
            }
        }
    }

    private void growAccounts() {
        long[] old = accounts;
        accounts = new long[old.length * 2];
        int mask = accounts.length / 2 - 1;
        for (int k = 0; k < old.length; k += 2) {
            if (old[k] != EMPTY) {
                int i = (int) mix(old[k], 0) & mask;
                while (accounts[2 * i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                accounts[2 * i] = old[k];
                accounts[2 * i + 1] = old[k + 1];
            }
        }
    }

    /** Both keys mixed into 64 well-spread bits, never {@link #EMPTY}. */
    private static long mix(long account, long clientOrderId) {
        long h = (account * 0x9E3779B97F4A7C15L + clientOrderId) * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        return h == EMPTY ? 1 : h;
    }
}
