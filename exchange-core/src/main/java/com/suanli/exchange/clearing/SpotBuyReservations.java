package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.StateHash;

import java.util.Arrays;

/**
 * The cash each working spot buy holds back, by exchange order id: fen per lot (its limit's
 * value plus the highest fee it could pay) and its open lots. An open-addressing table with
 * linear probing and backward-shift deletion, so an order's entry goes when it is finished and
 * nothing allocates once the table is big enough for the orders working at once. Its slot order
 * never reaches the state: the hash is a sum over the entries.
 */
final class SpotBuyReservations {
    static final int MISSING = -1;

    private long[] orderIds;
    private long[] perLot;
    private long[] open;
    private int[] accounts;
    private int mask;
    private int size;

    SpotBuyReservations(int capacity) {
        allocate(Integer.highestOneBit(Math.max(16, capacity - 1) << 1));
    }

    private void allocate(int length) {
        orderIds = new long[length];
        perLot = new long[length];
        open = new long[length];
        accounts = new int[length];
        mask = length - 1;
        size = 0;
    }

    /** The slot of order {@code orderId}, or {@link #MISSING}; order ids are &gt; 0. */
    int find(long orderId) {
        if (orderId <= 0) {
            return MISSING;
        }
        for (int i = slot(orderId); ; i = (i + 1) & mask) {
            if (orderIds[i] == orderId) {
                return i;
            }
            if (orderIds[i] == 0) {
                return MISSING;
            }
        }
    }

    /** The fen order {@code orderId} holds back, 0 when it holds none. */
    long reserved(long orderId) {
        int i = find(orderId);
        return i == MISSING ? 0 : perLot[i] * open[i];
    }

    long perLot(int slot) {
        return perLot[slot];
    }

    long open(int slot) {
        return open[slot];
    }

    int account(int slot) {
        return accounts[slot];
    }

    /** A new working order, id &gt; 0 and not present. */
    void add(long orderId, int account, long feePerLot, long lots) {
        if ((size + 1) * 2 > orderIds.length) {
            grow();
        }
        int i = slot(orderId);
        while (orderIds[i] != 0) {
            i = (i + 1) & mask;
        }
        orderIds[i] = orderId;
        accounts[i] = account;
        perLot[i] = feePerLot;
        open[i] = lots;
        size++;
    }

    void reprice(int slot, long newPerLot) {
        perLot[slot] = newPerLot;
    }

    /** The order lost {@code lots}; its entry goes when none are left. */
    void reduce(int slot, long lots) {
        open[slot] -= lots;
        if (open[slot] <= 0) {
            remove(slot);
        }
    }

    private void remove(int slot) {
        size--;
        int hole = slot;
        for (int j = (hole + 1) & mask; orderIds[j] != 0; j = (j + 1) & mask) {
            int home = slot(orderIds[j]);
            // j stays when its home lies cyclically in (hole, j]; else it moves back into the hole.
            boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays) {
                move(j, hole);
                hole = j;
            }
        }
        orderIds[hole] = 0;
        perLot[hole] = 0;
        open[hole] = 0;
        accounts[hole] = 0;
    }

    private void move(int from, int to) {
        orderIds[to] = orderIds[from];
        perLot[to] = perLot[from];
        open[to] = open[from];
        accounts[to] = accounts[from];
    }

    private void grow() {
        long[] oldIds = orderIds;
        long[] oldPerLot = perLot;
        long[] oldOpen = open;
        int[] oldAccounts = accounts;
        allocate(oldIds.length * 2);
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != 0) {
                add(oldIds[i], oldAccounts[i], oldPerLot[i], oldOpen[i]);
            }
        }
    }

    int size() {
        return size;
    }

    /** The working orders' ids in ascending order, so a snapshot does not depend on the table's history. */
    long[] orderIds() {
        long[] ids = new long[size];
        for (int i = 0, n = 0; i < orderIds.length; i++) {
            if (orderIds[i] != 0) {
                ids[n++] = orderIds[i];
            }
        }
        Arrays.sort(ids);
        return ids;
    }

    /** Order-independent: a sum over the entries, each mixed whole. */
    long stateHash() {
        long sum = 0;
        for (int i = 0; i < orderIds.length; i++) {
            if (orderIds[i] != 0) {
                sum += StateHash.mix(StateHash.mix(StateHash.mix(orderIds[i], accounts[i]), perLot[i]), open[i]);
            }
        }
        return StateHash.mix(size, sum);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
